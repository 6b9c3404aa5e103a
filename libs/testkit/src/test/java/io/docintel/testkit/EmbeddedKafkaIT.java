package io.docintel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaIT {

  @Test
  void transactionalWritesAreReadBackByReadCommittedConsumers() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopics(2, "testkit.roundtrip");
      Map<String, Object> producerConfig =
          Map.of(
              "bootstrap.servers", kafka.bootstrapServers(),
              "transactional.id", "testkit-it");
      try (var producer =
          new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("testkit.roundtrip", "k1", "committed"));
        producer.commitTransaction();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("testkit.roundtrip", "k2", "aborted"));
        producer.abortTransaction();
      }
      Map<String, Object> consumerConfig =
          Map.of(
              "bootstrap.servers", kafka.bootstrapServers(),
              "group.id", "testkit-it",
              "auto.offset.reset", "earliest",
              "isolation.level", "read_committed");
      try (var consumer =
          new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("testkit.roundtrip"));
        List<String> values = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (values.isEmpty() && System.nanoTime() < deadline) {
          ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
          records.forEach(r -> values.add(r.value()));
        }
        consumer.poll(Duration.ofSeconds(1)).forEach(r -> values.add(r.value()));
        assertThat(values).containsExactly("committed");
      }
    }
  }
}
