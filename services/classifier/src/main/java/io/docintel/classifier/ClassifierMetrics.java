package io.docintel.classifier;

/** The classifier's metric names and tags, all in one place. */
public final class ClassifierMetrics {

  /** Counter: documents the strong model decided because the cheap one was unsure; tag model. */
  public static final String ESCALATIONS = "docintel.classifier.escalations";
  /** Counter: documents classified; tag model (the one that answered). */
  public static final String DOCUMENTS = "docintel.classifier.documents";
  /** Counter: feedback records; tag outcome (see {@code FeedbackOutcome}). */
  public static final String FEEDBACK = "docintel.classifier.feedback";
  /** Counter: prototype updates the learning task applied; tag model. */
  public static final String PROTOTYPE_UPDATES = "docintel.classifier.prototype.updates";

  public static final String MODEL = "model";
  public static final String OUTCOME = "outcome";

  private ClassifierMetrics() {}
}
