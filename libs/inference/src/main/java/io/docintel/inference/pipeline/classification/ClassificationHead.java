package io.docintel.inference.pipeline.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pure post-processing of classifier logits: softmax over labels (single-label), or an
 * independent sigmoid per label ({@code problem_type = multi_label_classification}); labels in
 * {@code id2label} order; best first, cut to the top {@code k}.
 */
public final class ClassificationHead {

  private ClassificationHead() {
  }

  public static List<LabelProbability> topK(float[] logits, List<String> labels, boolean multiLabel, int k) {
    if (logits.length != labels.size()) {
      throw new IllegalArgumentException("model gives " + logits.length + " logits but config.json has "
          + labels.size() + " labels");
    }
    double[] probs = multiLabel ? sigmoid(logits) : softmax(logits);
    List<LabelProbability> out = new ArrayList<>(labels.size());
    for (int i = 0; i < probs.length; i++) {
      out.add(new LabelProbability(labels.get(i), probs[i]));
    }
    out.sort(Comparator.comparingDouble(LabelProbability::probability).reversed());
    return List.copyOf(out.subList(0, Math.min(Math.max(k, 1), out.size())));
  }

  public static double[] softmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double[] out = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      out[i] = Math.exp(logits[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  public static double[] sigmoid(float[] logits) {
    double[] out = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = 1 / (1 + Math.exp(-logits[i]));
    }
    return out;
  }
}
