package io.docintel.normalizer;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TextExtractor} found in a file: its raw text (not yet cleaned), the media type Tika
 * detected (with a charset parameter for text, e.g. {@code text/plain; charset=ISO-8859-1}), and
 * the title and author the file declares, if any (an e-mail's subject is its title).
 */
public record ExtractedText(String text, String contentType, Optional<String> title, Optional<String> author) {

  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
  }
}
