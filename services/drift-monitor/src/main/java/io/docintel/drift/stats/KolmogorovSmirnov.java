package io.docintel.drift.stats;

import java.util.Arrays;

/**
 * Two-sample Kolmogorov–Smirnov statistic D: the largest absolute difference between the two
 * samples' empirical cumulative distribution functions, in [0, 1]. Ties are handled by stepping
 * both functions past every copy of a value before comparing.
 */
public final class KolmogorovSmirnov {

  private KolmogorovSmirnov() {}

  /** D between samples {@code a} and {@code b}; 0 if either is empty. Neither array is changed. */
  public static double statistic(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < x.length && j < y.length) {
      double value = Math.min(x[i], y[j]);
      while (i < x.length && x[i] == value) {
        i++;
      }
      while (j < y.length && y[j] == value) {
        j++;
      }
      d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
    }
    return d;
  }
}
