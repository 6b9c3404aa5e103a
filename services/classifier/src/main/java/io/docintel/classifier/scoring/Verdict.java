package io.docintel.classifier.scoring;

import io.docintel.inference.model.ModelIdentity;
import java.util.List;
import java.util.Map;

/**
 * A document's classification before it becomes an Avro record: the listed labels, best first;
 * the document embedding of the model that answered (empty for sequence-classification models);
 * whether the stronger model decided; the prototype version used (null without prototypes); the
 * answering model; time spent in models; how many chunks the answering model scored; and the
 * embedding of every model that ran, kept for feedback.
 */
public record Verdict(List<ScoredLabel> labels, boolean multiLabel, float[] embedding, boolean escalated,
    Long prototypeVersion, ModelIdentity model, long inferenceMillis, int chunksScored,
    Map<String, float[]> embeddingsByModel) {

  public ScoredLabel top() {
    return labels.get(0);
  }
}
