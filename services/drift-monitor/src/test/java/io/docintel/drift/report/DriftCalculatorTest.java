package io.docintel.drift.report;

import static io.docintel.drift.report.MetricNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import io.docintel.drift.window.SampleLimits;
import io.docintel.drift.window.Summary;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftCalculatorTest {

  static final SampleLimits LIMITS = new SampleLimits(100, 10, 0.5, 20);
  static final ModelKey CLASSIFIER = new ModelKey(Kind.PREDICTION, "m", "1");
  static final ModelKey EXTRACTOR = new ModelKey(Kind.EXTRACTION, "e", "1");

  @Test
  void predictionMetricsOfTinyWindows() {
    Summary reference = new Summary();
    reference.add(prediction("a", 0.9, false), LIMITS);
    reference.add(prediction("b", 0.9, false), LIMITS);
    Summary window = new Summary();
    window.add(prediction("a", 0.4, true), LIMITS);
    window.add(prediction("a", 0.4, false), LIMITS);

    Map<String, Double> m = new DriftCalculator(0).metrics(Kind.PREDICTION, reference, window);

    // labels (0.5, 0.5) -> (1, 0 floored to 1e-4): (1 - 0.5) ln(2) + (1e-4 - 0.5) ln(2e-4) = 0.346574 + 4.257745
    assertThat(m.get(PREDICTION_PSI)).isCloseTo(4.604318, within(1e-6));
    // P = (0.5, 0.5), Q = (1, 0): the hand-computed 0.557923 of JensenShannonTest
    assertThat(m.get(PREDICTION_JS)).isCloseTo(0.557923, within(1e-6));
    assertThat(m.get(CONFIDENCE_MEAN)).isCloseTo(0.5, within(1e-12));
    assertThat(m.get(CONFIDENCE_LOW_SHARE)).isCloseTo(1, within(1e-12));
    assertThat(m.get(CONFIDENCE_KS)).isEqualTo(1);
    assertThat(m.get(ESCALATION_RATE)).isCloseTo(0.5, within(1e-12));
    // (0.9, 0.1): 0.468996 bits; (0.4, 0.6): 0.970951 bits
    assertThat(m.get(CONFIDENCE_ENTROPY)).isCloseTo(0.501955, within(1e-6));
    assertThat(m).doesNotContainKey(EMBEDDING_MMD);
  }

  @Test
  void unknownTokenRateComparesShareOfAllInputTokens() {
    ModelKey tokenizer = new ModelKey(Kind.INPUT, "minilm-l6-q", "1");
    Summary reference = new Summary();
    reference.add(input(tokenizer, 300, 0), LIMITS);
    reference.add(input(tokenizer, 100, 2), LIMITS);
    Summary window = new Summary();
    window.add(input(tokenizer, 150, 9), LIMITS);
    window.add(input(tokenizer, 50, 3), LIMITS);

    Map<String, Double> m = new DriftCalculator(0).metrics(Kind.INPUT, reference, window);

    // reference 2 / 400 = 0.005, window 12 / 200 = 0.06: difference 0.055
    assertThat(m.get(UNKNOWN_TOKEN_RATE)).isCloseTo(0.055, within(1e-12));
  }

  private static Observation input(ModelKey key, int tokens, int unknown) {
    return new Observation(key, "", "", new double[0], false, false, new float[0], tokens, 1, "en", Map.of(), false,
        false, unknown);
  }

  @Test
  void entitiesPerThousandTokensCompareByRelativeChange() {
    Summary reference = new Summary();
    reference.add(extraction(Map.of("PERSON", 2), 1000, false), LIMITS);
    Summary window = new Summary();
    window.add(extraction(Map.of("PERSON", 2, "EMAIL", 1), 500, true), LIMITS);

    Map<String, Double> m = new DriftCalculator(0).metrics(Kind.EXTRACTION, reference, window);

    // all: 2 per 1k -> 6 per 1k, change 4/2 = 2; PERSON 2 -> 4, change 1; EMAIL 0 -> 2, change 2/max(0, 1) = 2
    assertThat(m.get(ENTITIES_PER_1K)).isCloseTo(2, within(1e-12));
    assertThat(m.get(entitiesPer1k("PERSON"))).isCloseTo(1, within(1e-12));
    assertThat(m.get(entitiesPer1k("EMAIL"))).isCloseTo(2, within(1e-12));
    assertThat(m.get(PII_RATE)).isEqualTo(1);
  }

  static Observation prediction(String label, double confidence, boolean escalated) {
    return new Observation(CLASSIFIER, "", label, new double[] {confidence, 1 - confidence}, escalated, false,
        new float[0], 0, 0, "", Map.of(), false, false);
  }

  static Observation extraction(Map<String, Integer> entities, int tokens, boolean personal) {
    return new Observation(EXTRACTOR, "", "", new double[0], false, false, new float[0], tokens, 0, "", entities,
        personal, false);
  }
}
