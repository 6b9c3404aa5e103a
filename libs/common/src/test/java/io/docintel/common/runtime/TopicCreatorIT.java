package io.docintel.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.testkit.EmbeddedKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TopicCreator} against a real broker: once it returns, a new consumer already sees every
 * partition of the topics it created (a global store's consumer asks at once and does not retry),
 * topics that exist are left as they are, and a compacted topic is compacted.
 */
class TopicCreatorIT {

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  @Test
  void aNewConsumerSeesEveryPartitionAsSoonAsTopicsAreCreated() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      for (int round = 0; round < 20; round++) {
        List<String> names = List.of("created-" + round + "-a", "created-" + round + "-b");
        TopicCreator.ensure(kafkaProps(), names, 3, (short) 1, 1 << 20);
        for (String name : names) {
          assertThat(consumer.partitionsFor(name, Duration.ofSeconds(5))).as(name).hasSize(3);
        }
      }
    }
  }

  @Test
  void existingTopicsAreLeftAsTheyAre() {
    TopicCreator.ensure(kafkaProps(), List.of("kept"), 2, (short) 1, 1 << 20);
    TopicCreator.ensure(kafkaProps(), List.of("kept", "added"), 5, (short) 1, 1 << 20);
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      assertThat(consumer.partitionsFor("kept", Duration.ofSeconds(5))).hasSize(2);
      assertThat(consumer.partitionsFor("added", Duration.ofSeconds(5))).hasSize(5);
    }
  }

  @Test
  void aCompactedTopicIsCompacted() throws Exception {
    TopicCreator.ensureCompacted(kafkaProps(), "table", 1, (short) 1);
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "table");
    try (Admin admin = kafka.admin()) {
      Config config = admin.describeConfigs(Set.of(topic)).all().get().get(topic);
      assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
    }
  }

  private static Map<String, Object> kafkaProps() {
    return Map.of("bootstrap.servers", kafka.bootstrapServers());
  }

  private static KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
