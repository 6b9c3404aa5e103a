package io.docintel.classifier.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Which chunks of a long document are scored: all of them up to a limit, otherwise that many
 * spread evenly from the first to the last, so the label reflects the whole document. Pure.
 */
public final class ChunkSelection {

  private ChunkSelection() {}

  /** The chunks to score, in document order: {@link #evenlySpaced} applied to {@code chunks}. */
  public static <T> List<T> spread(List<T> chunks, int limit) {
    List<T> picked = new ArrayList<>();
    for (int index : evenlySpaced(chunks.size(), limit)) {
      picked.add(chunks.get(index));
    }
    return picked;
  }

  /** Indexes of the chunks to score, ascending; {@code total} ≥ 0, {@code limit} ≥ 1. */
  public static List<Integer> evenlySpaced(int total, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    List<Integer> picked = new ArrayList<>();
    if (total <= limit) {
      for (int i = 0; i < total; i++) {
        picked.add(i);
      }
      return picked;
    }
    if (limit == 1) {
      return List.of(0);
    }
    for (int i = 0; i < limit; i++) {
      picked.add((int) Math.round(i * (total - 1) / (double) (limit - 1)));
    }
    return picked;
  }
}
