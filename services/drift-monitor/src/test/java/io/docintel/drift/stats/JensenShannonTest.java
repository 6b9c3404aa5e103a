package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JensenShannonTest {

  @Test
  void disjointDistributionsAreAtDistanceOne() {
    assertThat(JensenShannon.distance(Map.of("a", 5L), Map.of("b", 2L))).isCloseTo(1, within(1e-12));
  }

  @Test
  void matchesAHandComputedValue() {
    // P = (0.5, 0.5), Q = (1, 0), M = (0.75, 0.25)
    // KL(P||M) = 0.5 log2(0.5/0.75) + 0.5 log2(0.5/0.25) = -0.292481 + 0.5 = 0.207519
    // KL(Q||M) = log2(1/0.75) = 0.415037
    // JSD = (0.207519 + 0.415037) / 2 = 0.311278, distance = sqrt(0.311278) = 0.557923
    assertThat(JensenShannon.distance(new long[] {1, 1}, new long[] {3, 0})).isCloseTo(0.557923, within(1e-6));
  }

  @Test
  void isSymmetricAndZeroForEqualProportions() {
    long[] p = {1, 2, 3};
    long[] q = {3, 2, 1};
    assertThat(JensenShannon.distance(p, q)).isEqualTo(JensenShannon.distance(q, p));
    assertThat(JensenShannon.distance(p, new long[] {2, 4, 6})).isCloseTo(0, within(1e-12));
  }
}
