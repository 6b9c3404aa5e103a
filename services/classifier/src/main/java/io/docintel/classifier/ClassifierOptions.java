package io.docintel.classifier;

import java.time.Duration;

/**
 * What the topology needs besides topics and the classifier: the service version written into
 * provenance, how many chunks of a long document are scored, how long document embeddings are
 * kept for feedback, and how many learned examples a label keeps per model.
 */
public record ClassifierOptions(String serviceVersion, int maxChunks, Duration feedbackRetention,
    int maxLearnedExamples) {

  public ClassifierOptions {
    if (maxChunks < 1) {
      throw new IllegalArgumentException("maxChunks must be at least 1 but was " + maxChunks);
    }
    if (maxLearnedExamples < 1) {
      throw new IllegalArgumentException("maxLearnedExamples must be at least 1 but was " + maxLearnedExamples);
    }
    if (feedbackRetention.isNegative() || feedbackRetention.isZero()) {
      throw new IllegalArgumentException("feedbackRetention must be positive but was " + feedbackRetention);
    }
  }

  public static ClassifierOptions defaults(String serviceVersion) {
    return new ClassifierOptions(serviceVersion, 32, Duration.ofDays(7), 64);
  }
}
