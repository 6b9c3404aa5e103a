package io.docintel.classifier.stream;

/**
 * A label correction that cannot be applied: an unknown label, or a document whose embedding is
 * not (or no longer) kept. Thrown so that the feedback record becomes a dead letter.
 */
public final class FeedbackNotApplicableException extends RuntimeException {

  public FeedbackNotApplicableException(String message) {
    super(message);
  }
}
