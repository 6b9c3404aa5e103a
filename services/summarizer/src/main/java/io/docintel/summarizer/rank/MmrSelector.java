package io.docintel.summarizer.rank;

import io.docintel.inference.pipeline.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance: picks {@code k} items one at a time, each time the one maximising
 * {@code λ × relevance − (1 − λ) × (highest cosine to anything already picked)}, so that a
 * summary does not say the same thing twice. λ = 1 is plain top-k by relevance; lower values
 * favour diversity. Ties go to the earlier item.
 *
 * <p>Pure: in, relevance scores and vectors of the same length; out, indices into them in the
 * order they were picked.
 */
public record MmrSelector(double lambda) {

  public MmrSelector {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("MMR lambda must be within [0, 1]: " + lambda);
    }
  }

  public List<Integer> select(double[] relevance, List<float[]> vectors, int k) {
    if (relevance.length != vectors.size()) {
      throw new IllegalArgumentException(relevance.length + " scores for " + vectors.size() + " vectors");
    }
    int n = relevance.length;
    int wanted = Math.max(0, Math.min(k, n));
    List<Integer> picked = new ArrayList<>(wanted);
    boolean[] taken = new boolean[n];
    // Highest similarity of each item to the picked ones, updated after every pick.
    double[] redundancy = new double[n];
    while (picked.size() < wanted) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        double score = lambda * relevance[i] - (picked.isEmpty() ? 0 : (1 - lambda) * redundancy[i]);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      picked.add(best);
      taken[best] = true;
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          double similarity = Vectors.cosine(vectors.get(i), vectors.get(best));
          redundancy[i] = picked.size() == 1 ? similarity : Math.max(redundancy[i], similarity);
        }
      }
    }
    return picked;
  }
}
