package io.docintel.drift.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/** Helpers that turn counts into aligned probability vectors for the distance classes. */
public final class Distributions {

  private Distributions() {}

  /**
   * Counts of {@code counts} over the sorted union of both maps' keys, so two calls with the
   * arguments swapped give vectors over the same categories in the same order.
   */
  public static long[] aligned(Map<String, Long> counts, Map<String, Long> other) {
    TreeSet<String> categories = new TreeSet<>(counts.keySet());
    categories.addAll(other.keySet());
    return categories.stream().mapToLong(c -> counts.getOrDefault(c, 0L)).toArray();
  }

  /** Counts divided by their total; all zeros when the total is 0. */
  public static double[] proportions(long[] counts) {
    long total = Arrays.stream(counts).sum();
    double[] p = new double[counts.length];
    if (total > 0) {
      for (int i = 0; i < counts.length; i++) {
        p[i] = (double) counts[i] / total;
      }
    }
    return p;
  }

  static boolean isEmpty(double[] proportions) {
    return Arrays.stream(proportions).sum() == 0;
  }

  static void requireSameLength(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("distributions differ in bins: " + a.length + " and " + b.length);
    }
  }
}
