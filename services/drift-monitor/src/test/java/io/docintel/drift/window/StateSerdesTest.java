package io.docintel.drift.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StateSerdesTest {

  static final SampleLimits LIMITS = new SampleLimits(2, 1, 0.5, 20);
  static final ModelKey KEY = new ModelKey(Kind.PREDICTION, "m", "v");

  @Test
  void observationsSurviveTheRoundTrip() {
    Observation o = new Observation(new ModelKey(Kind.EXTRACTION, "m", "v"), "sha", "label",
        new double[] {0.7, 0.3}, true, true, new float[] {1, 2}, 42, 3, "de", Map.of("PERSON", 2), true, true);
    Observation back = roundTrip(StateSerdes.observations(), o);
    assertThat(back).usingRecursiveComparison().isEqualTo(o);
  }

  @Test
  void windowsSurviveTheRoundTripWithTheirSampleCount() {
    WindowStats stats = new WindowStats();
    for (int i = 0; i < 3; i++) {
      stats.add(prediction("l" + i, 0.4 + i * 0.1, new float[] {i, 1}), LIMITS);
    }
    OpenWindow window = new OpenWindow(KEY, "sha", "5m", 0, 300_000, stats);
    OpenWindow back = roundTrip(StateSerdes.windows(), window);
    assertThat(back.model()).isEqualTo(KEY);
    assertThat(back.stats().documents()).isEqualTo(3);
    assertThat(back.stats().labels()).containsOnlyKeys("l0", "l1", "l2");
    assertThat(back.stats().samples()).isEqualTo(2);
    assertThat(back.stats().embeddingSum()).containsExactly(3, 3);
    assertThat(back.stats().lowConfidenceRate()).isEqualTo(1.0 / 3);
  }

  @Test
  void aWindowsRecordDoesNotGrowWithItsSamples() {
    SampleLimits generous = new SampleLimits(10_000, 100, 0.5, 20);
    WindowStats stats = new WindowStats();
    stats.add(prediction("a", 0.9, new float[384]), generous);
    int one = StateSerdes.windows().serializer().serialize("t", new OpenWindow(KEY, "", "5m", 0, 1, stats)).length;
    for (int i = 0; i < 99; i++) {
      assertThat(stats.add(prediction("a", 0.9, new float[384]), generous)).isNotNull();
    }
    int hundred = StateSerdes.windows().serializer().serialize("t", new OpenWindow(KEY, "", "5m", 0, 1, stats)).length;
    assertThat(stats.samples()).isEqualTo(100);
    assertThat(hundred).isEqualTo(one);
  }

  @Test
  void samplesSurviveTheRoundTrip() {
    Sample confidenceOnly = roundTrip(StateSerdes.samples(), new Sample(0.25, new float[0]));
    Sample embeddingOnly = roundTrip(StateSerdes.samples(), new Sample(Double.NaN, new float[] {1.5f, -2}));
    assertThat(confidenceOnly.confidence()).isEqualTo(0.25);
    assertThat(confidenceOnly.hasEmbedding()).isFalse();
    assertThat(embeddingOnly.hasConfidence()).isFalse();
    assertThat(embeddingOnly.embedding()).containsExactly(1.5f, -2);
  }

  static Observation prediction(String label, double confidence, float[] embedding) {
    return new Observation(KEY, "", label, new double[] {confidence}, false, false, embedding, 0, 0, "", Map.of(),
        false, false);
  }

  private static <T> T roundTrip(Serde<T> serde, T value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
