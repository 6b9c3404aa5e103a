package io.docintel.testkit;

import java.util.Objects;

/**
 * A sample input the normalizer must reject, under {@code samples/bad/}: its resource path, the
 * media type it is posted with (null: let the normalizer detect it), and the reason code the
 * rejection must carry, as the name of {@code UnreadableDocumentException.Reason} (e.g.
 * {@code EXTRACTION_FAILED}).
 */
public record BadSampleDocument(String name, String resourcePath, String contentType, String expectedReason) {

  public BadSampleDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resourcePath, "resourcePath");
    Objects.requireNonNull(expectedReason, "expectedReason");
  }

  /** The file name, e.g. {@code truncated.pdf}; a producer's file-name hint. */
  public String fileName() {
    return SampleDocuments.fileName(resourcePath);
  }

  /** The file's bytes, read from the classpath. */
  public byte[] bytes() {
    return SampleDocuments.load(resourcePath);
  }
}
