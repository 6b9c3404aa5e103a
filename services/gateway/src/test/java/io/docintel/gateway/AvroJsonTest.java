package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.gateway.results.AvroJson;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

  @Test
  void unionsArePlainValuesTimestampsIsoAndBytesBase64() {
    Document document = Document.newBuilder().setId("d1").setTenant("t").setSource("s")
        .setContent(new BinaryContent(ByteBuffer.wrap(new byte[] {1, 2, 3}), null, "f.bin"))
        .setMetadata(Map.of("k", "v")).setEventTime(Instant.parse("2026-11-30T12:00:00Z")).setRevision(2).build();
    JsonNode json = AvroJson.of(document);
    assertThat(json.get("content").get("data").asText()).isEqualTo("AQID");
    assertThat(json.get("content").get("contentType").isNull()).isTrue();
    assertThat(json.get("content").get("fileName").asText()).isEqualTo("f.bin");
    assertThat(json.get("eventTime").asText()).isEqualTo("2026-11-30T12:00:00Z");
    assertThat(json.get("metadata").get("k").asText()).isEqualTo("v");
    assertThat(json.get("revision").isIntegralNumber()).isTrue();
    assertThat(json.get("revision").asLong()).isEqualTo(2);
  }

  @Test
  void missingResultsAreNullAndFlagsBooleans() {
    EnrichedDocument enriched = EnrichedDocument.newBuilder().setDocumentId("d1").setTenant("t")
        .setEventTime(Instant.EPOCH).setLanguage("en").setContentSha256("00").setComplete(false)
        .setCompletedAt(Instant.EPOCH).build();
    JsonNode json = AvroJson.of(enriched);
    assertThat(json.get("summary").isNull()).isTrue();
    assertThat(json.get("complete").isBoolean()).isTrue();
    assertThat(json.get("complete").asBoolean()).isFalse();
  }
}
