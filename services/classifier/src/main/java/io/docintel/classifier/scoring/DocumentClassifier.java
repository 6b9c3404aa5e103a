package io.docintel.classifier.scoring;

import io.docintel.classifier.feedback.LearnedPrototypes;
import java.util.List;

/**
 * Classifies one document from its (selected) chunks. Implementations are thread-safe and own no
 * model: whoever loaded the models closes them.
 */
public interface DocumentClassifier {

  /** {@code chunks} is not empty; {@code learned} is what feedback taught so far. */
  Verdict classify(List<ChunkText> chunks, LearnedPrototypes learned);

  /** Whether corrections can teach this classifier (prototype classifiers can). */
  boolean learnsFromFeedback();

  /** Whether {@code label} is one this classifier can give. */
  boolean knowsLabel(String label);

  /** Every model that may answer, for replays pinned to a model version. */
  List<io.docintel.inference.model.ModelIdentity> models();
}
