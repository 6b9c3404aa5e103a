package io.docintel.classifier.labels;

import io.docintel.inference.pipeline.prototype.LabelSpec;
import java.util.List;

/**
 * A validated label set: the labels (each with descriptions and example sentences, which become
 * its prototype), whether labels compete ({@code multiLabel=false}, one winner) or are independent,
 * how many labels a result lists, the softmax temperature that calibrates similarities, and in
 * multi-label mode the score a label needs to be listed. Built by {@link LabelSetFile}.
 */
public record LabelSet(List<LabelSpec> labels, boolean multiLabel, int topK, double temperature,
    double multiLabelThreshold) {

  public LabelSet {
    labels = List.copyOf(labels);
  }

  public List<String> names() {
    return labels.stream().map(LabelSpec::label).toList();
  }

  public boolean contains(String label) {
    return labels.stream().anyMatch(spec -> spec.label().equals(label));
  }
}
