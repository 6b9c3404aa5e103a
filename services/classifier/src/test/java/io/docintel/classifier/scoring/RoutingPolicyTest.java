package io.docintel.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

  @Test
  void escalatesOnlyBelowTheThreshold() {
    RoutingPolicy routing = new RoutingPolicy(0.6, true);
    assertThat(routing.escalate(0.59)).isTrue();
    assertThat(routing.escalate(0.6)).isFalse();
    assertThat(routing.escalate(0.95)).isFalse();
  }

  @Test
  void neverEscalatesWithoutAStrongModel() {
    assertThat(new RoutingPolicy(0.6, false).escalate(0.1)).isFalse();
  }

  @Test
  void thresholdIsAProbability() {
    assertThatThrownBy(() -> new RoutingPolicy(1.5, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
  }
}
