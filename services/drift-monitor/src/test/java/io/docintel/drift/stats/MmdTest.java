package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MmdTest {

  @Test
  void twoSinglePointsAtUnitBandwidth() {
    // k(0,0) = k(1,1) = 1, k(0,1) = exp(-1/2) = 0.606531
    // MMD^2 = 1 + 1 - 2 * 0.606531 = 0.786939, MMD = 0.887096
    assertThat(Mmd.of(List.of(new float[] {0}), List.of(new float[] {1}), 1.0)).isCloseTo(0.887096, within(1e-6));
  }

  @Test
  void medianHeuristicScalesTheBandwidthToTheData() {
    // the one pooled distance is 2, so sigma = 2 and k(0,2) = exp(-4/8): the same value as above
    assertThat(Mmd.medianHeuristic(List.of(new float[] {0}), List.of(new float[] {2}))).isEqualTo(2);
    assertThat(Mmd.of(List.of(new float[] {0}), List.of(new float[] {2}))).isCloseTo(0.887096, within(1e-6));
  }

  @Test
  void biasedEstimatorOfTwoPointSamples() {
    // X = {0, 1}, Y = {0, 2}, sigma = 1
    // mean k(X,X) = (1 + 1 + 2 e^-0.5) / 4 = 0.803265
    // mean k(Y,Y) = (1 + 1 + 2 e^-2) / 4 = 0.567668
    // mean k(X,Y) = (1 + e^-2 + e^-0.5 + e^-0.5) / 4 = 0.587098
    // MMD^2 = 0.803265 + 0.567668 - 1.174196 = 0.196737, MMD = 0.443550
    List<float[]> x = List.of(new float[] {0}, new float[] {1});
    List<float[]> y = List.of(new float[] {0}, new float[] {2});
    assertThat(Mmd.of(x, y, 1.0)).isCloseTo(0.443550, within(1e-5));
  }

  @Test
  void isZeroForSamplesWithTheSamePoints() {
    List<float[]> x = List.of(new float[] {1, 0}, new float[] {0, 1});
    List<float[]> y = List.of(new float[] {0, 1}, new float[] {1, 0}, new float[] {1, 0}, new float[] {0, 1});
    // sqrt of a rounding error of 1e-16 is about 1e-8
    assertThat(Mmd.of(x, y)).isCloseTo(0, within(1e-6));
  }

  @Test
  void rejectsANonPositiveBandwidth() {
    assertThatThrownBy(() -> Mmd.of(List.of(new float[] {0}), List.of(new float[] {1}), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
