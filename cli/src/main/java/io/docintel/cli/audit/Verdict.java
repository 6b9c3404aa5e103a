package io.docintel.cli.audit;

/** The audit's judgement of one document revision. */
public enum Verdict {
  /** Exactly one enriched record (any missing part explained by a dead letter), or dead-lettered. */
  OK,
  /**
   * Neither an enriched record nor a dead letter, and a newer revision of the document was posted:
   * the enricher drops a revision's join once a newer one reaches it, by design. Not a problem.
   */
  SUPERSEDED,
  /** Neither an enriched record nor a dead letter, and no newer revision of the document. */
  MISSING,
  /** More than one enriched record, or one and a dead letter from the normalizer. */
  DUPLICATE,
  /** One enriched record lacking a part that no dead letter from the stage producing it explains. */
  UNEXPLAINED_PARTIAL;

  /** Whether this verdict means something went wrong. */
  public boolean problem() {
    return this != OK && this != SUPERSEDED;
  }
}
