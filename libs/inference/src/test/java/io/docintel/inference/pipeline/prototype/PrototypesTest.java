package io.docintel.inference.pipeline.prototype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrototypesTest {

  @Test
  void scoresByCosineWithTemperatureSoftmax() {
    Prototypes p = Prototypes.empty()
        .with("x", List.of(new float[] {1, 0}))
        .with("y", List.of(new float[] {0, 1}));
    List<LabelScore> scores = p.score(new float[] {2, 0}, 1.0);
    assertThat(scores.get(0).label()).isEqualTo("x");
    assertThat(scores.get(0).similarity()).isCloseTo(1.0, within(1e-9));
    assertThat(scores.get(0).probability()).isCloseTo(Math.E / (Math.E + 1), within(1e-9));
    assertThat(p.score(new float[] {2, 0}, 0.01).get(0).probability()).isGreaterThan(0.999);
  }

  @Test
  void prototypeIsMeanDirectionAndVersionTracksContent() {
    Prototypes a = Prototypes.empty().with("x", List.of(new float[] {1, 0}, new float[] {0, 5}));
    assertThat(a.similarities(new float[] {1, 1})[0]).isCloseTo(1.0, within(1e-6));
    assertThat(a.count("x")).isEqualTo(2);
    Prototypes b = a.with("x", List.of(new float[] {1, 0}));
    assertThat(b.version()).isNotEqualTo(a.version());
    assertThat(a.version()).startsWith("r1-");
    Prototypes same = Prototypes.empty().with("x", List.of(new float[] {1, 0}, new float[] {0, 5}));
    assertThat(same.version()).isEqualTo(a.version());
  }

  @Test
  void softmaxAndTemperatureFit() {
    double[] probs = Softmax.withTemperature(new double[] {1000, 1000}, 0.5);
    assertThat(probs).containsExactly(0.5, 0.5);
    // Confident, correct rows favour a low temperature; wrong rows a high one.
    double[][] sims = {{0.9, 0.1}, {0.2, 0.8}};
    assertThat(TemperatureFit.fit(sims, new int[] {0, 1})).isLessThan(0.05);
    assertThat(TemperatureFit.fit(new double[][] {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.5}}, new int[] {0, 1, 1}))
        .isGreaterThan(0.05);
  }
}
