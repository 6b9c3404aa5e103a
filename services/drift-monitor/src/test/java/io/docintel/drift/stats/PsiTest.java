package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PsiTest {

  @Test
  void matchesAHandComputedValue() {
    // r = (0.5, 0.5), c = (0.25, 0.75):
    // (0.25 - 0.5) ln(0.25/0.5) + (0.75 - 0.5) ln(0.75/0.5) = 0.25 * 0.693147 + 0.25 * 0.405465 = 0.274653
    assertThat(Psi.of(Map.of("a", 2L, "b", 2L), Map.of("a", 1L, "b", 3L))).isCloseTo(0.274653, within(1e-6));
  }

  @Test
  void isZeroForTheSameProportions() {
    assertThat(Psi.of(new long[] {1, 3}, new long[] {10, 30})).isCloseTo(0, within(1e-12));
  }

  @Test
  void floorsAnEmptyBinAtEpsilonInsteadOfGoingInfinite() {
    // r = (1, 1e-4 floor), c = (0.5, 0.5):
    // (0.5 - 1) ln(0.5) + (0.5 - 0.0001) ln(0.5 / 0.0001) = 0.346574 + 0.4999 * 8.517193 = 4.604318
    assertThat(Psi.of(Map.of("a", 4L), Map.of("a", 1L, "b", 1L))).isCloseTo(4.604318, within(1e-6));
  }

  @Test
  void isZeroWhenOneSideHasNoData() {
    assertThat(Psi.of(Map.of(), Map.of("a", 1L))).isZero();
  }
}
