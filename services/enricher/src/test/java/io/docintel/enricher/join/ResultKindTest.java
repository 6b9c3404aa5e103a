package io.docintel.enricher.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultKindTest {

  @Test
  void aListNamesAnySubsetInAnyOrder() {
    assertThat(ResultKind.parseList(" Summary,extraction ")).containsExactlyInAnyOrder(
        ResultKind.SUMMARY, ResultKind.EXTRACTION);
  }

  @Test
  void unknownOrEmptyListsAreRejected() {
    assertThatThrownBy(() -> ResultKind.parseList("summary,entities"))
        .hasMessageContaining("entities").hasMessageContaining("classification");
    assertThatThrownBy(() -> ResultKind.parseList(" , ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPolicyMustRememberEmittedIdsAtLeastAsLongAsItWaits() {
    assertThatThrownBy(() -> new JoinPolicy(Set.of(ResultKind.SUMMARY), Duration.ofMinutes(5), Duration.ofSeconds(1),
        Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
