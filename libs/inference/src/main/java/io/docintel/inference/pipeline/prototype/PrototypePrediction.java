package io.docintel.inference.pipeline.prototype;

import io.docintel.inference.model.ModelIdentity;
import java.util.List;

/**
 * Scores for every label, best first, with the encoder's identity and the version of the
 * prototypes that produced them.
 */
public record PrototypePrediction(List<LabelScore> scores, ModelIdentity model, String prototypeVersion) {

  public LabelScore top() {
    return scores.get(0);
  }
}
