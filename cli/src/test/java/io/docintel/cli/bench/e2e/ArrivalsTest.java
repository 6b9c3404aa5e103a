package io.docintel.cli.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

  @Test
  void uniformArrivalsAreEvenlySpaced() {
    assertThat(Arrivals.of("uniform", 4, 1).offsetsNanos(3)).containsExactly(0, 250_000_000, 500_000_000);
  }

  @Test
  void poissonArrivalsKeepTheMeanRateVaryTheGapsAndRepeatWithTheSeed() {
    long[] offsets = Arrivals.of("poisson", 2, 7).offsetsNanos(20_000);
    assertThat(offsets).isSorted();
    assertThat(offsets[0]).isZero();
    double meanGapSeconds = offsets[offsets.length - 1] / 1e9 / (offsets.length - 1);
    assertThat(meanGapSeconds).isCloseTo(0.5, within(0.02));
    long shortGaps = 0;
    for (int i = 1; i < offsets.length; i++) {
      shortGaps += offsets[i] - offsets[i - 1] < 100_000_000 ? 1 : 0;
    }
    // P(gap < 0.1 s) = 1 - e^(-0.2), about 18%: arrivals bunch up, unlike uniform ones.
    assertThat(shortGaps / (double) (offsets.length - 1)).isCloseTo(0.18, within(0.02));
    assertThat(Arrivals.of("poisson", 2, 7).offsetsNanos(50)).containsExactly(Arrays.copyOf(offsets, 50));
  }

  @Test
  void allAtOnceAndUnknownKinds() {
    assertThat(Arrivals.ALL_AT_ONCE.offsetsNanos(3)).containsOnly(0);
    assertThatThrownBy(() -> Arrivals.of("bursty", 1, 1)).hasMessageContaining("uniform or poisson");
  }
}
