package io.docintel.testkit.corpus;

import java.util.Objects;

/**
 * The outcome a corpus case must have. A {@link Outcome#RESULT} may name a phrase the normalized
 * text must contain; a {@link Outcome#DEAD_LETTER} names the service whose dead-letter topic gets
 * it, the stage (as the dead letter's {@code stage} field, e.g. {@code deserialize} or
 * {@code process:normalize}) and a substring of its error message (the reason).
 */
public record ExpectedOutcome(Outcome outcome, String service, String stage, String reason, String textContains) {

  /** The normalizer's processing stage, as dead letters name it. */
  public static final String NORMALIZE = "process:normalize";
  /** The stage of a record whose value cannot be read. */
  public static final String DESERIALIZE = "deserialize";

  public ExpectedOutcome {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == Outcome.DEAD_LETTER) {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** An enriched result; nothing said about its text. */
  public static ExpectedOutcome result() {
    return new ExpectedOutcome(Outcome.RESULT, null, null, null, null);
  }

  /** An enriched result whose normalized text contains {@code phrase}. */
  public static ExpectedOutcome resultContaining(String phrase) {
    return new ExpectedOutcome(Outcome.RESULT, null, null, null, Objects.requireNonNull(phrase, "phrase"));
  }

  /** A dead letter of {@code service} at {@code stage} whose message contains {@code reason}. */
  public static ExpectedOutcome deadLetter(String service, String stage, String reason) {
    return new ExpectedOutcome(Outcome.DEAD_LETTER, service, stage, reason, null);
  }

  /** The normalizer rejects the document while normalizing it; {@code reason} is in the message. */
  public static ExpectedOutcome rejected(String reason) {
    return deadLetter("normalizer", NORMALIZE, reason);
  }

  /** The normalizer cannot deserialize the record; {@code reason} is in the message. */
  public static ExpectedOutcome undeserializable(String reason) {
    return deadLetter("normalizer", DESERIALIZE, reason);
  }

  @Override
  public String toString() {
    return outcome == Outcome.RESULT
        ? "RESULT" + (textContains == null ? "" : " containing \"" + textContains + "\"")
        : "DEAD_LETTER in " + service + " at " + stage + " with \"" + reason + "\"";
  }
}
