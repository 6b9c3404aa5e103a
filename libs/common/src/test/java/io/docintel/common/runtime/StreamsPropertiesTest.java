package io.docintel.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {

  @Test
  void transactionsOutlastASlowDocumentUnlessConfiguredOtherwise() {
    Properties defaults = StreamsProperties.forService("normalizer", Config.load(ServiceSettings.ALL, Map.of()));
    assertThat(defaults.get("transaction.timeout.ms")).isEqualTo(120_000);

    Properties configured = StreamsProperties.forService("normalizer",
        Config.load(ServiceSettings.ALL, Map.of("DOCINTEL_KAFKA_TRANSACTION_TIMEOUT_MS", "30000")));
    assertThat(configured.get("transaction.timeout.ms")).isEqualTo("30000");
  }

  @Test
  void internalTopicsTakeWhatTheProducerSends() {
    Properties defaults = StreamsProperties.forService("normalizer", Config.load(ServiceSettings.ALL, Map.of()));
    assertThat(defaults.get("producer.max.request.size")).isEqualTo(16 * 1024 * 1024);
    assertThat(defaults.get("topic.max.message.bytes")).isEqualTo(String.valueOf(16 * 1024 * 1024));

    Properties configured = StreamsProperties.forService("normalizer",
        Config.load(ServiceSettings.ALL, Map.of("DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE", "262144")));
    assertThat(configured.get("producer.max.request.size")).isEqualTo("262144");
    assertThat(configured.get("topic.max.message.bytes")).isEqualTo("262144");
  }

  @Test
  void deadLettersGoToTheServicesOwnTopic() {
    Properties props = StreamsProperties.forService("extractor", Config.load(ServiceSettings.ALL, Map.of()));
    assertThat(props.get("errors.dead.letter.queue.topic.name")).isEqualTo("docintel.extractor.dlq.v1");
  }
}
