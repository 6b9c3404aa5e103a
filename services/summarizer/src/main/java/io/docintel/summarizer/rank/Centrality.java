package io.docintel.summarizer.rank;

import io.docintel.inference.pipeline.embedding.Vectors;
import java.util.List;

/**
 * Centrality of each sentence among a group: its mean cosine similarity to every other sentence
 * of the group. A sentence that says what many others also say scores high; an outlier scores
 * low. Chosen over PageRank-style degree centrality because it needs no threshold and no
 * iteration, and on unit vectors it ranks like the similarity to the group's centroid.
 *
 * <p>Pure: in, the sentence vectors (any length, need not be unit); out, one score per vector
 * in [-1, 1]. A group of one sentence scores 0.
 */
public final class Centrality {

  private Centrality() {}

  public static double[] meanCosine(List<float[]> vectors) {
    int n = vectors.size();
    double[] scores = new double[n];
    if (n < 2) {
      return scores;
    }
    double[][] similarity = Similarity.matrix(vectors);
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum += similarity[i][j];
        }
      }
      scores[i] = sum / (n - 1);
    }
    return scores;
  }

  /**
   * Centrality of each of {@code vectors} within a larger {@code context}: its mean cosine to the
   * context's members, leaving out the member at the same position in {@code selfInContext}
   * (the sentence itself; -1 when it is not in the context). The mean of cosines is the cosine
   * sum's dot product with the unit vector, so the context's unit vectors are summed once: linear
   * in the context's size, not quadratic.
   */
  public static double[] meanCosineWithin(List<float[]> vectors, int[] selfInContext, List<float[]> context) {
    List<float[]> units = context.stream().map(Vectors::normalize).toList();
    double[] sum = new double[units.isEmpty() ? 0 : units.get(0).length];
    for (float[] unit : units) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += unit[d];
      }
    }
    double[] scores = new double[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      int self = selfInContext[i];
      int count = context.size() - (self >= 0 ? 1 : 0);
      if (count == 0) {
        continue;
      }
      float[] unit = Vectors.normalize(vectors.get(i));
      double total = 0;
      for (int d = 0; d < sum.length; d++) {
        total += unit[d] * (sum[d] - (self >= 0 ? units.get(self)[d] : 0));
      }
      scores[i] = total / count;
    }
    return scores;
  }

  /** Cosine similarities of every pair; symmetric, 1 on the diagonal (0 for zero vectors). */
  static final class Similarity {

    private Similarity() {}

    static double[][] matrix(List<float[]> vectors) {
      int n = vectors.size();
      double[][] similarity = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          double cosine = Vectors.cosine(vectors.get(i), vectors.get(j));
          similarity[i][j] = cosine;
          similarity[j][i] = cosine;
        }
      }
      return similarity;
    }
  }
}
