package io.docintel.common.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ModelPinTest {

  static final String SHA = "3f5a9c0e1d2b4a6f8e7d9c1b0a2e4f6d8c0b2a4e6f8d0c2b4a6e8f0d2c4b6a8e";

  @Test
  void aPinIsMetByTheVersionOrAtLeastSevenDigitsOfTheWeightsHash() {
    assertThat(ModelPin.satisfiedBy("1.2.0", "1.2.0", SHA)).isTrue();
    assertThat(ModelPin.satisfiedBy("3f5a9c0", "1.2.0", SHA)).isTrue();
    assertThat(ModelPin.satisfiedBy("3f5a", "1.2.0", SHA)).as("too short to name weights").isFalse();
    assertThat(ModelPin.satisfiedBy("1.3.0", "1.2.0", SHA)).isFalse();
  }

  @Test
  void theHeaderRoundTripsAndIsReplacedNotRepeated() {
    RecordHeaders headers = new RecordHeaders();
    assertThat(ModelPin.of(headers)).isNull();
    ModelPin.set(headers, "v1");
    ModelPin.set(headers, "v2");
    assertThat(ModelPin.of(headers)).isEqualTo("v2");
    assertThat(headers.toArray()).hasSize(1);
  }
}
