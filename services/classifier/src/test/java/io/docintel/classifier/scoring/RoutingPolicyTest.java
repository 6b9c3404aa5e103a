package io.docintel.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

  @Test
  void escalatesOnlyBelowTheThreshold() {
    RoutingPolicy routing = new RoutingPolicy(0.6, true, 8);
    assertThat(routing.escalate(0.59)).isTrue();
    assertThat(routing.escalate(0.6)).isFalse();
    assertThat(routing.escalate(0.95)).isFalse();
  }

  @Test
  void neverEscalatesWithoutAStrongModel() {
    assertThat(new RoutingPolicy(0.6, false, 8).escalate(0.1)).isFalse();
  }

  @Test
  void thresholdIsAProbability() {
    assertThatThrownBy(() -> new RoutingPolicy(1.5, true, 8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 1");
  }

  @Test
  void theStrongModelScoresEveryChunkUpToItsLimit() {
    assertThat(new RoutingPolicy(0.6, true, 4).strongChunks(List.of("a", "b", "c"))).containsExactly("a", "b", "c");
  }

  @Test
  void theStrongModelScoresChunksSpreadOverALongDocument() {
    List<Integer> chunks = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(new RoutingPolicy(0.6, true, 4).strongChunks(chunks)).containsExactly(0, 4, 8, 12);
  }

  @Test
  void theChunkLimitIsPositive() {
    assertThatThrownBy(() -> new RoutingPolicy(0.6, true, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
