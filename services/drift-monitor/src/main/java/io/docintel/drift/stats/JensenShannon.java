package io.docintel.drift.stats;

import java.util.Map;

/**
 * Jensen–Shannon distance between two distributions: the square root of the Jensen–Shannon
 * divergence taken with base-2 logarithms, so it lies in [0, 1] (0 identical, 1 disjoint) and is
 * a metric. Empty categories need no smoothing: {@code 0 * log 0} is taken as 0.
 */
public final class JensenShannon {

  private JensenShannon() {}

  /** Distance between two histograms of counts per category; categories are the union of keys. */
  public static double distance(Map<String, Long> p, Map<String, Long> q) {
    return distance(Distributions.aligned(p, q), Distributions.aligned(q, p));
  }

  /** Distance between two histograms of counts over the same bins. */
  public static double distance(long[] p, long[] q) {
    return distanceOfProportions(Distributions.proportions(p), Distributions.proportions(q));
  }

  /** Distance between two probability vectors over the same bins; 0 if either is empty. */
  public static double distanceOfProportions(double[] p, double[] q) {
    Distributions.requireSameLength(p, q);
    if (Distributions.isEmpty(p) || Distributions.isEmpty(q)) {
      return 0;
    }
    double divergence = 0;
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2;
      divergence += 0.5 * term(p[i], m) + 0.5 * term(q[i], m);
    }
    // Rounding can leave a tiny negative value or one just above 1.
    return Math.sqrt(Math.min(1, Math.max(0, divergence)));
  }

  private static double term(double x, double m) {
    return x == 0 ? 0 : x * Math.log(x / m) / Math.log(2);
  }
}
