package io.docintel.classifier.scoring;

import io.docintel.inference.pipeline.prototype.Softmax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns per-chunk results into document results. Pure.
 *
 * <ul>
 *   <li>Embedding: the mean of the chunks' unit vectors weighted by their token counts, scaled to
 *       unit length, so a long chunk counts more than a heading.</li>
 *   <li>Single-label: each label's cosine similarities to the chunks are averaged, weighted by
 *       token count, and the averages calibrated with a softmax at the label set's temperature,
 *       so the scores sum to one. Averaging similarities rather than per-chunk probabilities keeps
 *       one off-topic chunk from swinging a long document.</li>
 *   <li>Multi-label: a label's score is its highest chunk probability (a document is about X when
 *       some part of it is clearly about X); listed when at or above the threshold, at least the
 *       best one.</li>
 * </ul>
 */
public final class ChunkAggregation {

  private ChunkAggregation() {}

  public static float[] documentEmbedding(List<float[]> chunkVectors, List<Integer> tokenWeights) {
    checkSizes(chunkVectors.size(), tokenWeights.size());
    double[] sum = new double[chunkVectors.get(0).length];
    for (int c = 0; c < chunkVectors.size(); c++) {
      float[] v = chunkVectors.get(c);
      double norm = Math.sqrt(dot(v, v));
      if (norm == 0) {
        continue;
      }
      double weight = Math.max(1, tokenWeights.get(c)) / norm;
      for (int i = 0; i < sum.length; i++) {
        sum[i] += weight * v[i];
      }
    }
    double norm = 0;
    for (double x : sum) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[sum.length];
    for (int i = 0; i < out.length && norm > 0; i++) {
      out[i] = (float) (sum[i] / norm);
    }
    return out;
  }

  /**
   * Every label, best first; chunk maps give each label's similarity to that chunk (every chunk
   * names the same labels).
   */
  public static List<ScoredLabel> singleLabel(List<Map<String, Double>> chunkSimilarities, List<Integer> tokenWeights,
      double temperature) {
    Map<String, Double> means = meanOf(chunkSimilarities, tokenWeights);
    List<String> labels = List.copyOf(means.keySet());
    double[] logits = new double[labels.size()];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = means.get(labels.get(i));
    }
    double[] probabilities = Softmax.withTemperature(logits, temperature);
    List<ScoredLabel> out = new ArrayList<>();
    for (int i = 0; i < logits.length; i++) {
      out.add(new ScoredLabel(labels.get(i), probabilities[i]));
    }
    return sorted(out);
  }

  /**
   * Every label with the token-weighted mean of its chunk probabilities, best first: for
   * classifiers whose chunk scores are already probabilities (sequence-classification models).
   */
  public static List<ScoredLabel> averaged(List<Map<String, Double>> chunkProbabilities, List<Integer> tokenWeights) {
    List<ScoredLabel> out = new ArrayList<>();
    meanOf(chunkProbabilities, tokenWeights).forEach((label, mean) -> out.add(new ScoredLabel(label, mean)));
    return sorted(out);
  }

  /** The token-weighted mean of each label's chunk values. */
  static Map<String, Double> meanOf(List<Map<String, Double>> chunkValues, List<Integer> tokenWeights) {
    checkSizes(chunkValues.size(), tokenWeights.size());
    Map<String, Double> sums = new LinkedHashMap<>();
    double total = 0;
    for (int c = 0; c < chunkValues.size(); c++) {
      double weight = Math.max(1, tokenWeights.get(c));
      total += weight;
      chunkValues.get(c).forEach((label, value) -> sums.merge(label, weight * value, Double::sum));
    }
    double denominator = total;
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((label, sum) -> means.put(label, sum / denominator));
    return means;
  }

  /** Every label with its highest chunk probability, best first. */
  public static List<ScoredLabel> multiLabel(List<Map<String, Double>> chunkScores) {
    checkSizes(chunkScores.size(), chunkScores.size());
    Map<String, Double> max = new LinkedHashMap<>();
    chunkScores.forEach(chunk -> chunk.forEach((label, p) -> max.merge(label, p, Math::max)));
    List<ScoredLabel> out = new ArrayList<>();
    max.forEach((label, p) -> out.add(new ScoredLabel(label, p)));
    return sorted(out);
  }

  /**
   * What a result lists: the best {@code topK}; in multi-label mode only those at or above
   * {@code threshold}, but never none.
   */
  public static List<ScoredLabel> listed(List<ScoredLabel> bestFirst, int topK, boolean multiLabel, double threshold) {
    List<ScoredLabel> top = bestFirst.subList(0, Math.min(topK, bestFirst.size()));
    if (!multiLabel) {
      return List.copyOf(top);
    }
    List<ScoredLabel> kept = top.stream().filter(s -> s.score() >= threshold).toList();
    return kept.isEmpty() ? List.of(top.get(0)) : kept;
  }

  private static List<ScoredLabel> sorted(List<ScoredLabel> labels) {
    labels.sort(Comparator.comparingDouble(ScoredLabel::score).reversed().thenComparing(ScoredLabel::label));
    return List.copyOf(labels);
  }

  private static void checkSizes(int chunks, int weights) {
    if (chunks == 0) {
      throw new IllegalArgumentException("no chunks to aggregate");
    }
    if (chunks != weights) {
      throw new IllegalArgumentException(chunks + " chunks but " + weights + " weights");
    }
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }
}
