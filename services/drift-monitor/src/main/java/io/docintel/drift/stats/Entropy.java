package io.docintel.drift.stats;

/**
 * Shannon entropy in bits of a vector of non-negative weights, normalized to sum to 1 first (so
 * a classifier's top-k scores can be passed as they are). 0 for an empty or all-zero vector.
 */
public final class Entropy {

  private Entropy() {}

  public static double bits(double[] weights) {
    double total = 0;
    for (double w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("weights must not be negative, got " + w);
      }
      total += w;
    }
    if (total == 0) {
      return 0;
    }
    double h = 0;
    for (double w : weights) {
      if (w > 0) {
        double p = w / total;
        h -= p * Math.log(p) / Math.log(2);
      }
    }
    return h;
  }
}
