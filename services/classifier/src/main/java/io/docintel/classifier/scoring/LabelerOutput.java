package io.docintel.classifier.scoring;

import io.docintel.inference.model.ModelIdentity;
import java.util.List;

/** One model's scores for a document (every label, best first), its embedding and cost. */
public record LabelerOutput(List<ScoredLabel> scores, float[] embedding, long prototypeVersion, ModelIdentity model,
    long inferenceNanos) {

  public double topScore() {
    return scores.get(0).score();
  }
}
