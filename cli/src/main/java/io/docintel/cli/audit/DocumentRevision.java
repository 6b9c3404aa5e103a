package io.docintel.cli.audit;

/**
 * What the audit judges: one revision of one document. {@link #UNKNOWN} stands for the revision
 * of a posted record the audit could not decode.
 */
public record DocumentRevision(String documentId, long revision) {

  public static final long UNKNOWN = -1;

  @Override
  public String toString() {
    return (documentId.isEmpty() ? "(no id)" : documentId) + " revision "
        + (revision == UNKNOWN ? "?" : String.valueOf(revision));
  }
}
