package io.docintel.normalizer;

import java.util.Objects;

/**
 * A document the normalizer cannot turn into text, with a {@link Reason} a dead-letter record
 * can carry. Messages describe the failure only; they never contain document text, and the
 * normalizer attaches no parser exception as cause, since those can quote the document.
 */
public final class UnreadableDocumentException extends RuntimeException {

  /** Why a document was rejected. */
  public enum Reason {
    /** No bytes, or no text left after extraction and cleaning. */
    EMPTY,
    /** Bytes that do not decode to text: a wrong charset, binary garbage, mostly replacement characters. */
    UNDECODABLE,
    /**
     * More bytes or more extracted characters than the configured limits allow, or a file built to
     * blow up when read: a decompression bomb, XML entity expansion, endless element nesting.
     */
    TOO_LARGE,
    /** Text extraction did not finish within the per-document time limit. */
    TIMEOUT,
    /** The document is password-protected or encrypted. */
    ENCRYPTED,
    /** The parser failed: a corrupt or truncated file. */
    EXTRACTION_FAILED,
    /** The record carries no document: it has no value (a tombstone) or no key (keys are document ids). */
    NOT_A_DOCUMENT
  }

  private final Reason reason;

  public UnreadableDocumentException(Reason reason, String message) {
    this(reason, message, null);
  }

  public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
