package io.docintel.inference.pipeline.prototype;

/** Numerically stable softmax, optionally at a temperature. Pure. */
public final class Softmax {

  private Softmax() {
  }

  public static double[] of(double[] logits) {
    return withTemperature(logits, 1.0);
  }

  public static double[] withTemperature(double[] logits, double temperature) {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive but was " + temperature);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double[] out = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      out[i] = Math.exp((logits[i] - max) / temperature);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
