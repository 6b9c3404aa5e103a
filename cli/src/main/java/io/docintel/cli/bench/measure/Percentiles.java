package io.docintel.cli.bench.measure;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank method: the p-th percentile of n sorted values is the
 * value at rank ceil(p/100 × n). In: latencies in milliseconds; out: p50, p95, p99 and the maximum.
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

  public static final Percentiles NONE = new Percentiles(0, 0, 0, 0, 0);
  /** The fewest values whose nearest-rank p99 is not their maximum. */
  public static final int DISTINCT_P99_COUNT = 100;

  public static Percentiles of(double[] values) {
    if (values.length == 0) {
      return NONE;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile of sorted values. */
  static double rank(double[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  /** True when there are values but too few for p99 to be anything but the slowest of them. */
  public boolean p99IsTheMaximum() {
    return count > 0 && count < DISTINCT_P99_COUNT;
  }

  /** p99 over p50: how far the tail reaches beyond the typical case (0 without values). */
  public double tailRatio() {
    return p50 == 0 ? 0 : p99 / p50;
  }
}
