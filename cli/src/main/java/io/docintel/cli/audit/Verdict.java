package io.docintel.cli.audit;

/** The audit's judgement of one document revision. */
public enum Verdict {
  /** Exactly one enriched record (any missing part explained by a dead letter), or dead-lettered. */
  OK,
  /** Neither an enriched record nor a dead letter. */
  MISSING,
  /** More than one enriched record, or one and a dead letter from the normalizer. */
  DUPLICATE,
  /** One enriched record lacking a part that no dead letter from the stage producing it explains. */
  UNEXPLAINED_PARTIAL
}
