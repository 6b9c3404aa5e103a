package io.docintel.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsProperties;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class DriftMonitorAppTest {

  @Test
  void commitsEverySecondUnlessTheEnvironmentSaysOtherwise() {
    Config defaults = Config.load(DriftMonitorApp.SETTINGS, Map.of());
    Config set = Config.load(DriftMonitorApp.SETTINGS, Map.of("DOCINTEL_STREAMS_COMMIT_INTERVAL", "250ms"));

    assertThat(StreamsProperties.forService(DriftMonitorApp.SERVICE, defaults))
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000L);
    assertThat(StreamsProperties.forService(DriftMonitorApp.SERVICE, set))
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 250L);
    assertThat(defaults.describe()).containsEntry("DOCINTEL_STREAMS_COMMIT_INTERVAL", "PT1S");
  }
}
