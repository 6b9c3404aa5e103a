package io.docintel.inference.pipeline.prototype;

/**
 * Pure temperature calibration: the temperature minimising the negative log-likelihood of the
 * true labels over a held-out set of similarity rows, searched on a log grid from 0.005 to 1.
 */
public final class TemperatureFit {

  private TemperatureFit() {
  }

  public static double fit(double[][] similarities, int[] trueLabels) {
    if (similarities.length == 0 || similarities.length != trueLabels.length) {
      throw new IllegalArgumentException("need one true label per similarity row");
    }
    double best = 0.05;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int step = 0; step <= 80; step++) {
      double t = 0.005 * Math.pow(200, step / 80.0);
      double loss = 0;
      for (int i = 0; i < similarities.length; i++) {
        loss -= Math.log(Math.max(Softmax.withTemperature(similarities[i], t)[trueLabels[i]], 1e-12));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }
}
