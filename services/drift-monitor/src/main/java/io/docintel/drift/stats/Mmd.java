package io.docintel.drift.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Maximum mean discrepancy between two samples of vectors with the Gaussian (RBF) kernel
 * {@code k(x, y) = exp(-|x - y|^2 / (2 sigma^2))}. Uses the biased estimator (a V-statistic,
 * which keeps the {@code i = j} terms): {@code MMD^2 = mean k(X,X) + mean k(Y,Y) - 2 mean k(X,Y)}.
 * It is never negative and is exactly 0 for two samples with the same points, at the price of a
 * small positive bias of order {@code 1/n} for different samples of one distribution. The
 * reported value is {@code MMD = sqrt(MMD^2)}, in [0, sqrt(2)].
 *
 * <p>Cost is quadratic in the sample sizes, so callers pass bounded samples.
 */
public final class Mmd {

  private Mmd() {}

  /** MMD with bandwidth chosen by {@link #medianHeuristic}. */
  public static double of(List<float[]> x, List<float[]> y) {
    return of(x, y, medianHeuristic(x, y));
  }

  /** MMD with the given kernel bandwidth {@code sigma > 0}; 0 if either sample is empty. */
  public static double of(List<float[]> x, List<float[]> y, double sigma) {
    if (!(sigma > 0)) {
      throw new IllegalArgumentException("bandwidth must be positive, got " + sigma);
    }
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double gamma = 1 / (2 * sigma * sigma);
    double squared = meanKernel(x, x, gamma) + meanKernel(y, y, gamma) - 2 * meanKernel(x, y, gamma);
    return Math.sqrt(Math.max(0, squared));
  }

  /**
   * The median Euclidean distance between distinct pairs of the pooled sample, a common default
   * bandwidth; 1 when that median is 0 (all points equal) or there are fewer than two points.
   */
  public static double medianHeuristic(List<float[]> x, List<float[]> y) {
    List<float[]> pooled = new ArrayList<>(x);
    pooled.addAll(y);
    List<Double> distances = new ArrayList<>();
    for (int i = 0; i < pooled.size(); i++) {
      for (int j = i + 1; j < pooled.size(); j++) {
        distances.add(Math.sqrt(squaredDistance(pooled.get(i), pooled.get(j))));
      }
    }
    if (distances.isEmpty()) {
      return 1;
    }
    Collections.sort(distances);
    int n = distances.size();
    double median = n % 2 == 1 ? distances.get(n / 2) : (distances.get(n / 2 - 1) + distances.get(n / 2)) / 2;
    return median > 0 ? median : 1;
  }

  private static double meanKernel(List<float[]> a, List<float[]> b, double gamma) {
    double sum = 0;
    for (float[] u : a) {
      for (float[] v : b) {
        sum += Math.exp(-gamma * squaredDistance(u, v));
      }
    }
    return sum / ((double) a.size() * b.size());
  }

  static double squaredDistance(float[] u, float[] v) {
    if (u.length != v.length) {
      throw new IllegalArgumentException("vectors differ in dimension: " + u.length + " and " + v.length);
    }
    double sum = 0;
    for (int i = 0; i < u.length; i++) {
      double d = (double) u[i] - v[i];
      sum += d * d;
    }
    return sum;
  }
}
