package io.docintel.drift.stats;

import java.util.Arrays;

/**
 * Fixed histogram bins given by ascending upper edges: bin {@code i} holds values below
 * {@code edges[i]} (and at least {@code edges[i-1]}); a last, open bin holds everything from the
 * final edge up. So {@code n} edges make {@code n + 1} bins.
 */
public record Bins(double[] edges) {

  public Bins {
    edges = edges.clone();
    for (int i = 1; i < edges.length; i++) {
      if (!(edges[i] > edges[i - 1])) {
        throw new IllegalArgumentException("bin edges must ascend: " + Arrays.toString(edges));
      }
    }
  }

  public static Bins of(double... edges) {
    return new Bins(edges);
  }

  public int count() {
    return edges.length + 1;
  }

  /** The bin that {@code value} falls into. */
  public int indexOf(double value) {
    int found = Arrays.binarySearch(edges, value);
    // An exact edge value belongs to the bin above the edge.
    return found >= 0 ? found + 1 : -found - 1;
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bins other && Arrays.equals(edges, other.edges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(edges);
  }

  @Override
  public String toString() {
    return "Bins" + Arrays.toString(edges);
  }
}
