package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KolmogorovSmirnovTest {

  @Test
  void shiftedSamplesDifferByAThird() {
    // ECDFs at 1, 2, 3, 4: (1/3, 0), (2/3, 1/3), (1, 2/3), (1, 1) -> largest gap 1/3
    assertThat(KolmogorovSmirnov.statistic(new double[] {3, 1, 2}, new double[] {2, 4, 3}))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void separatedSamplesAreAtOne() {
    assertThat(KolmogorovSmirnov.statistic(new double[] {1, 2}, new double[] {3, 4})).isEqualTo(1);
  }

  @Test
  void stepsPastTiesBeforeComparing() {
    // at 1: 2/3 vs 1/3; at 2: 1 vs 1 -> 1/3 (comparing inside a run of ties would give 2/3)
    assertThat(KolmogorovSmirnov.statistic(new double[] {1, 1, 2}, new double[] {1, 2, 2}))
        .isCloseTo(1.0 / 3, within(1e-12));
    assertThat(KolmogorovSmirnov.statistic(new double[] {0.5, 0.5}, new double[] {0.5})).isZero();
  }

  @Test
  void unequalSizes() {
    // x = {1, 2, 3, 4}, y = {2.5}: at 2, F_x = 0.5 and F_y = 0 -> 0.5; at 2.5, 0.5 vs 1 -> 0.5
    assertThat(KolmogorovSmirnov.statistic(new double[] {1, 2, 3, 4}, new double[] {2.5}))
        .isCloseTo(0.5, within(1e-12));
  }
}
