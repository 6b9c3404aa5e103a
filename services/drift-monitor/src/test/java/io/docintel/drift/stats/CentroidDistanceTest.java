package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CentroidDistanceTest {

  @Test
  void orthogonalCentroidsAreAtOne() {
    assertThat(CentroidDistance.cosine(new double[] {1, 0}, new double[] {0, 3})).isCloseTo(1, within(1e-12));
  }

  @Test
  void matchesAHandComputedValue() {
    // centroid of (1,0) and (0,1) points along (1,1): cos 45 degrees = 0.707107, distance 0.292893
    assertThat(CentroidDistance.cosine(new double[] {1, 1}, new double[] {1, 0})).isCloseTo(0.292893, within(1e-6));
  }

  @Test
  void sameDirectionIsZeroAndZeroVectorHasNoDirection() {
    assertThat(CentroidDistance.cosine(new double[] {2, 2}, new double[] {5, 5})).isCloseTo(0, within(1e-12));
    assertThat(CentroidDistance.cosine(new double[] {0, 0}, new double[] {1, 0})).isZero();
  }
}
