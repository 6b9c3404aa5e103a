package io.docintel.testkit;

import java.util.Objects;

/**
 * A sample document shipped in this jar under {@code samples/}: its resource path, the media type
 * a producer would post it with, a phrase its extracted text must contain, and the label a
 * classifier should give it ({@code invoice}, {@code news}, {@code support-ticket}…).
 */
public record SampleDocument(
    String name, String resourcePath, String contentType, String expectedPhrase, String expectedLabel) {

  public SampleDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resourcePath, "resourcePath");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(expectedPhrase, "expectedPhrase");
    Objects.requireNonNull(expectedLabel, "expectedLabel");
  }

  /** The file name, e.g. {@code invoice.pdf}; a producer's file-name hint. */
  public String fileName() {
    return SampleDocuments.fileName(resourcePath);
  }

  /** The file's bytes, read from the classpath. */
  public byte[] bytes() {
    return SampleDocuments.load(resourcePath);
  }
}
