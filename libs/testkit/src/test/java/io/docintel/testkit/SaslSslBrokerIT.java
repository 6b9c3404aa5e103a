package io.docintel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The testkit's broker with a client listener that requires SASL_SSL and SCRAM-SHA-512. */
class SaslSslBrokerIT {

  static EmbeddedKafka kafka;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.startSaslSsl("alice", "alice-secret");
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void loggedInClientsWriteAndReadBack() throws Exception {
    assertThat(kafka.clientProperties()).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    kafka.createTopics(1, "testkit.secure");
    try (var producer = new KafkaProducer<>(client(kafka.clientProperties()), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>("testkit.secure", "k", "over TLS")).get();
    }
    Map<String, Object> consumerConfig = client(kafka.clientProperties());
    consumerConfig.put("group.id", "testkit-secure");
    consumerConfig.put("auto.offset.reset", "earliest");
    List<String> values = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("testkit.secure"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
    }
    assertThat(values).containsExactly("over TLS");
  }

  @Test
  void aWrongPasswordIsRefusedAsAnAuthenticationFailure() {
    Map<String, String> wrong = new HashMap<>(kafka.clientProperties());
    wrong.put("sasl.jaas.config", SaslSslListener.jaasConfig("alice", "not-her-password"));
    try (Admin admin = Admin.create(client(wrong))) {
      assertThatThrownBy(() -> admin.describeCluster().clusterId().get())
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(SaslAuthenticationException.class)
          .hasMessageContaining("invalid credentials");
    }
  }

  private static Map<String, Object> client(Map<String, String> security) {
    Map<String, Object> config = new HashMap<>(security);
    config.put("bootstrap.servers", kafka.bootstrapServers());
    return config;
  }
}
