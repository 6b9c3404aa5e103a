package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.gateway.ingest.DocumentIds;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {

  @Test
  void anIdempotencyKeyGivesTheSameIdPerTenantAndRandomIdsOtherwise() {
    assertThat(DocumentIds.forPost("alpha", "k1")).isEqualTo(DocumentIds.forPost("alpha", "k1"));
    assertThat(DocumentIds.forPost("alpha", "k1")).isNotEqualTo(DocumentIds.forPost("bravo", "k1"));
    assertThat(DocumentIds.forPost("alpha", "k1")).isNotEqualTo(DocumentIds.forPost("alpha", "k2"));
    assertThat(DocumentIds.forPost("alpha", null)).isNotEqualTo(DocumentIds.forPost("alpha", null));
  }
}
