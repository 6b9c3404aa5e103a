package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyTest {

  @Test
  void handComputedValues() {
    assertThat(Entropy.bits(new double[] {0.5, 0.5})).isCloseTo(1, within(1e-12));
    // -(0.25 log2 0.25 * 2 + 0.5 log2 0.5) = 1 + 0.5 = 1.5
    assertThat(Entropy.bits(new double[] {0.25, 0.25, 0.5})).isCloseTo(1.5, within(1e-12));
    assertThat(Entropy.bits(new double[] {1, 0})).isZero();
  }

  @Test
  void normalizesWeightsFirst() {
    assertThat(Entropy.bits(new double[] {3, 3})).isCloseTo(1, within(1e-12));
    assertThat(Entropy.bits(new double[] {})).isZero();
  }
}
