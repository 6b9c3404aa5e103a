package io.docintel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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

  @Test
  void aStoppedBrokerComesBackOnTheSamePortWithItsRecordsAndClientsCarryOn() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopics(2, "testkit.restart");
      String address = kafka.bootstrapServers();
      Map<String, Object> producerConfig = Map.of("bootstrap.servers", address, "enable.idempotence", "true");
      try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("testkit.restart", "k1", "before")).get();

        kafka.stopBroker();
        try (Admin admin = kafka.admin()) {
          assertThat(admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).clusterId())
              .as("no broker answers while it is stopped")
              .failsWithin(Duration.ofSeconds(10))
              .withThrowableOfType(ExecutionException.class);
        }
        // Sent while the broker is away: send blocks until the producer has the topic's metadata again
        // (a leader to send to), then delivers.
        CompletableFuture<RecordMetadata> during = CompletableFuture.supplyAsync(() -> {
          try {
            return producer.send(new ProducerRecord<>("testkit.restart", "k2", "during")).get();
          } catch (InterruptedException | ExecutionException e) {
            throw new CompletionException(e);
          }
        });
        kafka.startBroker();

        assertThat(kafka.bootstrapServers()).isEqualTo(address);
        during.get(60, TimeUnit.SECONDS);
        producer.send(new ProducerRecord<>("testkit.restart", "k3", "after")).get();
      }
      Map<String, Object> consumerConfig = Map.of("bootstrap.servers", address, "group.id", "testkit-restart",
          "auto.offset.reset", "earliest");
      try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("testkit.restart"));
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (values.size() < 3 && System.nanoTime() < deadline) {
          consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
        }
        assertThat(values).containsExactlyInAnyOrder("before", "during", "after");
      }
    }
  }
}
