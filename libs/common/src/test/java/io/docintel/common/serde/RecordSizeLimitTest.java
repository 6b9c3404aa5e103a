package io.docintel.common.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RecordSizeLimitTest {

  @Test
  void theLimitIsTheProducersMaxRequestSize() {
    assertThat(RecordSizeLimit.maxRecordBytes(Map.of("producer.max.request.size", 16 * 1024 * 1024)))
        .isEqualTo(16L * 1024 * 1024);
    assertThat(RecordSizeLimit.maxRecordBytes(Map.of("max.request.size", "2097152"))).isEqualTo(2097152L);
    assertThat(RecordSizeLimit.maxRecordBytes(Map.of())).isEqualTo(1024L * 1024);
  }

  @Test
  void aValueLeavesRoomForKeyAndHeaders() {
    assertThat(RecordSizeLimit.maxValueBytes(Map.of("producer.max.request.size", "262144")))
        .isEqualTo(262144L - RecordSizeLimit.ENVELOPE_BYTES);
    assertThatThrownBy(() -> RecordSizeLimit.maxValueBytes(Map.of("producer.max.request.size", "65536")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("max.request.size");
  }
}
