package io.docintel.inference.pipeline.embedding;

import java.util.List;

/** Pure vector arithmetic for embeddings. */
public final class Vectors {

  private Vectors() {
  }

  /** A unit-length copy; the zero vector stays zero. */
  public static float[] normalize(float[] v) {
    double norm = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    if (norm == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }

  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("dimension mismatch: " + a.length + " vs " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  public static double cosine(float[] a, float[] b) {
    double denominator = Math.sqrt(dot(a, a) * dot(b, b));
    return denominator == 0 ? 0 : dot(a, b) / denominator;
  }

  /** The normalised mean of unit vectors. */
  public static float[] meanDirection(List<float[]> vectors) {
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("no vectors");
    }
    float[] sum = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      float[] u = normalize(v);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += u[i];
      }
    }
    return normalize(sum);
  }
}
