package io.docintel.cli.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOverOneToHundred() {
    double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
    Percentiles p = Percentiles.of(values);
    assertThat(p.count()).isEqualTo(100);
    assertThat(p.p50()).isEqualTo(50);
    assertThat(p.p95()).isEqualTo(95);
    assertThat(p.p99()).isEqualTo(99);
    assertThat(p.max()).isEqualTo(100);
    assertThat(p.tailRatio()).isEqualTo(99 / 50.0);
  }

  @Test
  void smallSamplesTakeTheNearestRankNotAnInterpolation() {
    Percentiles p = Percentiles.of(new double[] {30, 10, 20});
    assertThat(p.p50()).isEqualTo(20);
    assertThat(p.p95()).isEqualTo(30);
    assertThat(p.p99()).isEqualTo(30);
  }

  @Test
  void underAHundredValuesP99IsTheSlowest() {
    double[] ninetyNine = IntStream.rangeClosed(1, 99).mapToDouble(i -> i).toArray();
    assertThat(Percentiles.of(ninetyNine).p99()).isEqualTo(99);
    assertThat(Percentiles.of(ninetyNine).p99IsTheMaximum()).isTrue();
    double[] hundred = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();
    assertThat(Percentiles.of(hundred).p99IsTheMaximum()).isFalse();
    assertThat(Percentiles.NONE.p99IsTheMaximum()).isFalse();
  }

  @Test
  void noValuesGiveZeros() {
    assertThat(Percentiles.of(new double[0])).isEqualTo(Percentiles.NONE);
    assertThat(Percentiles.NONE.tailRatio()).isZero();
  }

  @Test
  void doesNotReorderTheCallersArray() {
    double[] values = {3, 1, 2};
    Percentiles.of(values);
    assertThat(values).containsExactly(3, 1, 2);
  }
}
