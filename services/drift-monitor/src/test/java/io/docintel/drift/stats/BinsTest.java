package io.docintel.drift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BinsTest {

  @Test
  void valuesFallBelowTheirUpperEdgeAndEdgesBelongToTheBinAbove() {
    Bins bins = Bins.of(10, 20);
    assertThat(bins.count()).isEqualTo(3);
    assertThat(bins.indexOf(-5)).isZero();
    assertThat(bins.indexOf(9.9)).isZero();
    assertThat(bins.indexOf(10)).isEqualTo(1);
    assertThat(bins.indexOf(19)).isEqualTo(1);
    assertThat(bins.indexOf(20)).isEqualTo(2);
    assertThat(bins.indexOf(1e9)).isEqualTo(2);
  }

  @Test
  void edgesMustAscend() {
    assertThatThrownBy(() -> Bins.of(2, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
