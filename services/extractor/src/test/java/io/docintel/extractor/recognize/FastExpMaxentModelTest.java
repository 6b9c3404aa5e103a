package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/** {@link FastExpMaxentModel} gives the shipped classifiers' probabilities, to rounding. */
class FastExpMaxentModelTest {

  private static final String POS_CLASSIFIER = "pos.model";

  @Test
  void partOfSpeechProbabilitiesMatchTheShippedClassifier() {
    MaxentModel shipped = OpenNlpModels.shippedPartsOfSpeech().getArtifact(POS_CLASSIFIER);
    assertSameProbabilities(shipped, FastExpMaxentModel.of(shipped));
  }

  @Test
  void tokenizerProbabilitiesMatchTheShippedClassifier() {
    MaxentModel shipped = OpenNlpModels.shippedTokenizer().getMaxentModel();
    assertSameProbabilities(shipped, FastExpMaxentModel.of(shipped));
  }

  @Test
  void keepsTheShippedClassesInTheirOrder() {
    MaxentModel shipped = OpenNlpModels.shippedPartsOfSpeech().getArtifact(POS_CLASSIFIER);
    FastExpMaxentModel fast = FastExpMaxentModel.of(shipped);

    assertThat(fast.getNumOutcomes()).isEqualTo(shipped.getNumOutcomes()).isGreaterThan(10);
    for (int c = 0; c < shipped.getNumOutcomes(); c++) {
      assertThat(fast.getOutcome(c)).isEqualTo(shipped.getOutcome(c));
    }
  }

  /**
   * On seeded contexts drawn from the model's own features (plus one it does not know), with and
   * without feature values: every probability within 1e-12, and the same best class.
   */
  private static void assertSameProbabilities(MaxentModel shipped, FastExpMaxentModel fast) {
    @SuppressWarnings("unchecked")
    List<String> features = new ArrayList<>(((Map<String, Context>) ((AbstractModel) shipped).getDataStructures()[1]).keySet());
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String[] context = new String[1 + random.nextInt(30)];
      float[] values = new float[context.length];
      for (int f = 0; f < context.length; f++) {
        context[f] = f == 0 ? "not-a-feature-" + i : features.get(random.nextInt(features.size()));
        values[f] = random.nextFloat() * 2;
      }
      assertClose(shipped.eval(context), fast.eval(context));
      assertClose(shipped.eval(context, values), fast.eval(context, values));
      assertClose(shipped.eval(context, new double[shipped.getNumOutcomes()]),
          fast.eval(context, new double[shipped.getNumOutcomes()]));
    }
  }

  private static void assertClose(double[] expected, double[] actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int c = 0; c < expected.length; c++) {
      assertThat(actual[c]).isCloseTo(expected[c], within(1e-12));
    }
    assertThat(argMax(actual)).isEqualTo(argMax(expected));
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int c = 1; c < values.length; c++) {
      if (values[c] > values[best]) {
        best = c;
      }
    }
    return best;
  }
}
