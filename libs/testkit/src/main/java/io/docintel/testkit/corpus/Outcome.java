package io.docintel.testkit.corpus;

/** What the pipeline must make of a corpus case: one enriched result, or one dead letter. */
public enum Outcome {
  /** Exactly one record on {@code docintel.enriched.v1}, and no dead letter. */
  RESULT,
  /** Exactly one record on the expected service's {@code docintel.<service>.dlq.v1}, and no result. */
  DEAD_LETTER
}
