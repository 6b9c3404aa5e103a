package io.docintel.extractor.recognize;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A shipped OpenNLP maximum-entropy classifier with the same weights and the same arithmetic, but
 * {@link Math#exp} where OpenNLP's {@code GISModel} calls {@link StrictMath#exp}.
 *
 * <p>A class's probability is the softmax of the summed weights of the context's features plus a
 * uniform log prior. {@code StrictMath.exp} is portable Java code, and it was a third of the
 * extractor's stream-thread CPU; {@code Math.exp} is a JIT intrinsic. Both are within one ulp of
 * the exact value and never reverse an order, so the tags decoded from the probabilities stay the
 * same ({@code FastExpMaxentModelTest} and {@code OpenNlpModelsTest} hold them equal).
 */
final class FastExpMaxentModel extends AbstractModel {

  private final int outcomes;
  private final double logPrior;

  private FastExpMaxentModel(Context[] weights, String[] features, String[] outcomeNames) {
    super(weights, features, outcomeNames);
    this.outcomes = outcomeNames.length;
    this.logPrior = Math.log(1.0 / outcomes);
    this.modelType = ModelType.Maxent;
  }

  /** The same classifier as {@code shipped}, which must be one of OpenNLP's maximum-entropy models. */
  @SuppressWarnings("unchecked")
  static FastExpMaxentModel of(MaxentModel shipped) {
    if (!(shipped instanceof AbstractModel model) || model.getModelType() != ModelType.Maxent) {
      throw new IllegalArgumentException("not a maximum-entropy model: " + shipped.getClass().getName());
    }
    Object[] parts = model.getDataStructures();
    Map<String, Context> byFeature = (Map<String, Context>) parts[1];
    String[] features = byFeature.keySet().toArray(String[]::new);
    Context[] weights = byFeature.values().toArray(Context[]::new);
    return new FastExpMaxentModel(weights, features, (String[]) parts[2]);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probabilities) {
    return eval(context, null, probabilities);
  }

  /** Writes the class probabilities into {@code probabilities} and returns it. */
  double[] eval(String[] context, float[] values, double[] probabilities) {
    Arrays.fill(probabilities, 0, outcomes, logPrior);
    for (int f = 0; f < context.length; f++) {
      Context weights = pmap.get(context[f]);
      if (weights == null) {
        continue;
      }
      double value = values == null ? 1 : values[f];
      int[] classes = weights.getOutcomes();
      double[] parameters = weights.getParameters();
      for (int c = 0; c < classes.length; c++) {
        probabilities[classes[c]] += parameters[c] * value;
      }
    }
    double sum = 0;
    for (int c = 0; c < outcomes; c++) {
      probabilities[c] = Math.exp(probabilities[c]);
      sum += probabilities[c];
    }
    for (int c = 0; c < outcomes; c++) {
      probabilities[c] /= sum;
    }
    return probabilities;
  }
}
