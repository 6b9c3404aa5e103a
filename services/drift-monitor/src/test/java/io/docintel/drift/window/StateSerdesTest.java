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

  @Test
  void observationsSurviveTheRoundTrip() {
    Observation o = new Observation(new ModelKey(Kind.EXTRACTION, "m", "v"), "sha", "label",
        new double[] {0.7, 0.3}, true, true, new float[] {1, 2}, 42, 3, "de", Map.of("PERSON", 2), true, true);
    Observation back = roundTrip(StateSerdes.observations(), o);
    assertThat(back).usingRecursiveComparison().isEqualTo(o);
  }

  @Test
  void windowsSurviveTheRoundTripAndKeepTheirBoundedSamples() {
    WindowStats stats = new WindowStats();
    ModelKey key = new ModelKey(Kind.PREDICTION, "m", "v");
    for (int i = 0; i < 3; i++) {
      stats.add(new Observation(key, "", "l" + i, new double[] {0.4 + i * 0.1}, false, false, new float[] {i, 1},
          0, 0, "", Map.of(), false, false), LIMITS);
    }
    OpenWindow window = new OpenWindow(key, "sha", "5m", 0, 300_000, stats);
    OpenWindow back = roundTrip(StateSerdes.windows(), window);
    assertThat(back.model()).isEqualTo(key);
    assertThat(back.stats().documents()).isEqualTo(3);
    assertThat(back.stats().labels()).containsOnlyKeys("l0", "l1", "l2");
    assertThat(back.stats().confidences()).containsExactly(0.4, 0.5);
    assertThat(back.stats().embeddingSample()).hasSize(1);
    assertThat(back.stats().embeddingSum()).containsExactly(3, 3);
    assertThat(back.stats().lowConfidenceRate()).isEqualTo(1.0 / 3);
  }

  private static <T> T roundTrip(Serde<T> serde, T value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
