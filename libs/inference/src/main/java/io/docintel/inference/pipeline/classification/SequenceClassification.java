package io.docintel.inference.pipeline.classification;

import io.docintel.inference.model.ModelIdentity;
import java.util.List;

/** Top labels for one text, best first, and the model that gave them. */
public record SequenceClassification(List<LabelProbability> labels, ModelIdentity model, boolean truncated) {

  public LabelProbability top() {
    return labels.get(0);
  }
}
