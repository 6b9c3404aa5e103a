package io.docintel.inference.pipeline.tokens;

import java.util.List;

/**
 * Pure merge of overlapping stride windows back into one score row per content token: where
 * windows overlap, a token takes its scores from the window in which it sits furthest from
 * a window edge (most context on both sides).
 */
public final class WindowMerge {

  private WindowMerge() {
  }

  /**
   * @param ranges content-token ranges {@code [from, to)} of each window
   * @param windowRows per window, one row per content token of that window (special tokens removed)
   */
  public static double[][] merge(int contentLength, List<int[]> ranges, List<double[][]> windowRows) {
    double[][] merged = new double[contentLength][];
    int[] bestMargin = new int[contentLength];
    java.util.Arrays.fill(bestMargin, -1);
    for (int w = 0; w < ranges.size(); w++) {
      int from = ranges.get(w)[0];
      int to = ranges.get(w)[1];
      double[][] rows = windowRows.get(w);
      for (int pos = from; pos < to; pos++) {
        int margin = Math.min(pos - from, to - 1 - pos);
        if (margin > bestMargin[pos]) {
          bestMargin[pos] = margin;
          merged[pos] = rows[pos - from];
        }
      }
    }
    return merged;
  }
}
