package io.docintel.drift.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

  static final ModelKey CLASSIFIER = new ModelKey(Kind.PREDICTION, "m", "v");
  static final ModelKey TOKENIZER = new ModelKey(Kind.INPUT, "t", "v");

  @Test
  void keepsTheFirstConfidencesAndEmbeddingsEachWithinItsOwnLimit() {
    Summary summary = new Summary();
    SampleLimits limits = new SampleLimits(3, 2, 0.5, 20);
    for (int i = 0; i < 5; i++) {
      summary.add(prediction(0.5 + i * 0.1, new float[] {i}), limits);
    }

    assertThat(summary.confidences()).containsExactly(0.5, 0.6, 0.7);
    assertThat(summary.embeddings()).containsExactly(new float[] {0}, new float[] {1});
    assertThat(summary.stats().samples()).isEqualTo(3);
    assertThat(summary.stats().documents()).isEqualTo(5);
  }

  @Test
  void anEmbeddingIsSampledAfterTheConfidenceSampleIsFull() {
    Summary summary = new Summary();
    SampleLimits limits = new SampleLimits(1, 3, 0.5, 20);
    summary.add(prediction(0.9, new float[] {1}), limits);
    summary.add(prediction(0.8, new float[] {2}), limits);

    assertThat(summary.confidences()).containsExactly(0.9);
    assertThat(summary.embeddings()).containsExactly(new float[] {1}, new float[] {2});
    assertThat(summary.samples().get(1).hasConfidence()).isFalse();
  }

  @Test
  void observationsOtherThanPredictionsTakeNoSample() {
    WindowStats stats = new WindowStats();
    Sample sample = stats.add(new Observation(TOKENIZER, "", "", new double[0], false, false, new float[0], 100, 1,
        "en", Map.of(), false, false), new SampleLimits(10, 10, 0.5, 20));

    assertThat(sample).isNull();
    assertThat(stats.samples()).isZero();
  }

  @Test
  void refusesSamplesThatDoNotMatchTheStatistics() {
    WindowStats stats = new WindowStats();
    stats.add(prediction(0.9, new float[] {1}), new SampleLimits(10, 10, 0.5, 20));

    assertThatThrownBy(() -> new Summary(stats, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 samples but 0");
  }

  static Observation prediction(double confidence, float[] embedding) {
    return new Observation(CLASSIFIER, "", "a", new double[] {confidence, 1 - confidence}, false, false, embedding, 0,
        0, "", Map.of(), false, false);
  }
}
