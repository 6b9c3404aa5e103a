package io.docintel.drift.stats;

/**
 * Cosine distance {@code 1 - cos(a, b)} between two centroids, given as sums of vectors (the
 * scale of a sum does not change a cosine, so callers need not divide by the count). In [0, 2];
 * 0 when either centroid is the zero vector, since then there is no direction to compare.
 */
public final class CentroidDistance {

  private CentroidDistance() {}

  public static double cosine(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("centroids differ in dimension: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    if (na == 0 || nb == 0) {
      return 0;
    }
    double cos = dot / (Math.sqrt(na) * Math.sqrt(nb));
    return Math.max(0, 1 - Math.min(1, Math.max(-1, cos)));
  }
}
