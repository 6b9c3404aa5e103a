package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.common.config.Config;
import io.docintel.common.config.ConfigException;
import io.docintel.common.runtime.StreamsProperties;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.gateway.ingest.Publisher;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayAppTest {

  private static final long MIB = 1024 * 1024;

  private static Config config(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("DOCINTEL_GATEWAY_API_KEYS", "alpha:alpha-key-1"));
    env.putAll(extra);
    return Config.load(GatewayApp.SETTINGS, env);
  }

  private static long recordLimit(Config config) {
    return RecordSizeLimit.maxRecordBytes(StreamsProperties.forService(GatewayApp.SERVICE, config));
  }

  @Test
  void aDocumentSizeTheTopicsCannotTakeStopsTheGatewayBeforeItConnects() {
    Config tooLarge = config(Map.of("DOCINTEL_GATEWAY_MAX_DOCUMENT_SIZE", "32MiB"));

    assertThatThrownBy(() -> GatewayApp.start(tooLarge))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DOCINTEL_GATEWAY_MAX_DOCUMENT_SIZE=" + 32 * MIB)
        .hasMessageContaining("at most " + (16 * MIB - Publisher.RECORD_ROOM) + " bytes")
        .hasMessageContaining("DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE");
  }

  @Test
  void theDefaultsFitAndSoDoesALargerDocumentOnceTheProducersTakeLargerRecords() {
    Config defaults = config(Map.of());
    assertThatCode(() -> GatewayApp.requireRecordRoom(defaults.get(GatewaySettings.MAX_DOCUMENT_SIZE),
        recordLimit(defaults))).doesNotThrowAnyException();

    Config raised = config(Map.of("DOCINTEL_GATEWAY_MAX_DOCUMENT_SIZE", "32MiB",
        "DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE", String.valueOf(64 * MIB)));
    assertThat(recordLimit(raised)).isEqualTo(64 * MIB);
    assertThatCode(() -> GatewayApp.requireRecordRoom(32 * MIB, recordLimit(raised))).doesNotThrowAnyException();
  }

  @Test
  void theLargestFittingSizeIsTheRecordLimitLessTheRoomADocumentRecordNeeds() {
    long limit = 16 * MIB;
    long largest = limit - Publisher.RECORD_ROOM;

    assertThatCode(() -> GatewayApp.requireRecordRoom(largest, limit)).doesNotThrowAnyException();
    assertThatThrownBy(() -> GatewayApp.requireRecordRoom(largest + 1, limit)).isInstanceOf(ConfigException.class);
  }
}
