package io.docintel.summarizer.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SummaryLengthTest {

  @Test
  void aCountIsCappedByTheSentencesThereAre() {
    SummaryLength five = SummaryLength.parse("5");
    assertThat(five.resolve(100)).isEqualTo(5);
    assertThat(five.resolve(3)).isEqualTo(3);
    assertThat(five.resolve(0)).isZero();
  }

  @Test
  void aRatioOrPercentageIsAShareOfTheSentencesAndAtLeastOne() {
    assertThat(SummaryLength.parse("0.2").resolve(50)).isEqualTo(10);
    assertThat(SummaryLength.parse("20%").resolve(50)).isEqualTo(10);
    assertThat(SummaryLength.parse("0.1").resolve(3)).isEqualTo(1);
  }

  @Test
  void nonsenseIsRejected() {
    assertThatThrownBy(() -> SummaryLength.parse("many")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SummaryLength.parse("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SummaryLength.parse("1.5")).isInstanceOf(IllegalArgumentException.class);
  }
}
