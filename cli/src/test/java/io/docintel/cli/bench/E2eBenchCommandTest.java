package io.docintel.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class E2eBenchCommandTest {

  @Test
  void rateIsANumberHalfOrNone() {
    assertThat(E2eBenchCommand.parseRate("2.5")).isEqualTo(2.5);
    assertThat(E2eBenchCommand.parseRate("half")).isEqualTo(-1);
    assertThat(E2eBenchCommand.parseRate("none")).isZero();
    assertThatThrownBy(() -> E2eBenchCommand.parseRate("-3")).isInstanceOf(IllegalArgumentException.class);
  }
}
