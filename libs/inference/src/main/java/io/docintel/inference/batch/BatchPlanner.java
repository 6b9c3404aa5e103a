package io.docintel.inference.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Pure grouping of waiting requests into batches: sorted by token length, then cut so that
 * each batch's padded size (count × its longest length) stays within the token budget and
 * its count within the size limit. A single sequence longer than the budget still runs alone.
 */
public final class BatchPlanner {

  private BatchPlanner() {
  }

  public static <T> List<List<T>> plan(List<T> requests, ToIntFunction<T> length, int maxBatchTokens,
      int maxBatchSize) {
    List<T> sorted = new ArrayList<>(requests);
    sorted.sort(Comparator.comparingInt(length));
    List<List<T>> batches = new ArrayList<>();
    List<T> current = new ArrayList<>();
    for (T request : sorted) {
      int longest = length.applyAsInt(request);
      boolean overBudget = (long) (current.size() + 1) * longest > maxBatchTokens;
      if (!current.isEmpty() && (overBudget || current.size() >= maxBatchSize)) {
        batches.add(current);
        current = new ArrayList<>();
      }
      current.add(request);
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }

  /** Share of padding when these lengths are padded to their longest. */
  public static double paddingRatio(int[] lengths) {
    int longest = 0;
    long real = 0;
    for (int l : lengths) {
      longest = Math.max(longest, l);
      real += l;
    }
    long total = (long) longest * lengths.length;
    return total == 0 ? 0 : (double) (total - real) / total;
  }
}
