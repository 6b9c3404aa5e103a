package io.docintel.common.testing;

import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.registry.SchemaRegistryConfig;
import io.docintel.registry.SchemaRegistryServer;
import io.docintel.testkit.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What every service IT runs against: a real in-JVM Kafka broker and the real schema registry
 * over HTTP, with docintel's topics and their registry-backed serdes, and helpers to write
 * records and read results. Shipped in common's test jar; owns the broker, registry and serdes.
 */
public final class ServiceTestStack implements AutoCloseable {

  private final EmbeddedKafka kafka;
  private final SchemaRegistryServer registry;
  private final RegistryValueSerdes serdes;
  private final Topics topics;

  private ServiceTestStack(EmbeddedKafka kafka, SchemaRegistryServer registry) {
    this.kafka = kafka;
    this.registry = registry;
    this.serdes = new RegistryValueSerdes(Map.of("schema.registry.url", registry.url()));
    this.topics = new Topics(serdes);
  }

  public static ServiceTestStack start() {
    EmbeddedKafka kafka = EmbeddedKafka.start();
    try {
      return new ServiceTestStack(kafka,
          SchemaRegistryServer.start(SchemaRegistryConfig.forBootstrapServers(kafka.bootstrapServers()).withPort(0)));
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public String registryUrl() {
    return registry.url();
  }

  public Topics topics() {
    return topics;
  }

  /** Kafka client properties for this broker. */
  public Map<String, Object> kafka() {
    return Map.of("bootstrap.servers", kafka.bootstrapServers());
  }

  /**
   * A service's {@code DOCINTEL_*} variables on this stack: broker, registry, a free HTTP port and
   * {@code stateDir}, then {@code extra} as name, value, name, value….
   */
  public Map<String, String> serviceEnvironment(Path stateDir, String... extra) {
    Map<String, String> env = new HashMap<>(Map.of(
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
        "DOCINTEL_REGISTRY_URL", registry.url(),
        "DOCINTEL_HTTP_PORT", "0",
        "DOCINTEL_STREAMS_STATE_DIR", stateDir.toString()));
    for (int i = 0; i + 1 < extra.length; i += 2) {
      env.put(extra[i], extra[i + 1]);
    }
    return env;
  }

  /** Creates topics ahead of a service, e.g. with a partition count a test depends on. */
  public void createTopics(int partitions, String... names) {
    kafka.createTopics(partitions, names);
  }

  /** Writes the records in order and waits until the broker has them all. */
  public <V> void send(Topic<String, V> topic, Map<String, V> records) {
    try (var producer = new KafkaProducer<>(kafka(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      for (Map.Entry<String, V> record : records.entrySet()) {
        producer.send(new ProducerRecord<>(topic.name(), record.getKey(), record.getValue())).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to " + topic, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot send to " + topic, e.getCause());
    }
  }

  /** Reads {@code topic} from the beginning until {@code count} records arrived or {@code timeout} passed. */
  public <K, V> List<ConsumerRecord<K, V>> read(Topic<K, V> topic, int count, Duration timeout) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    try (TopicReader<K, V> reader = new TopicReader<>(kafka(), topic)) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < count && System.nanoTime() < deadline) {
        records.addAll(reader.poll(Duration.ofMillis(200)));
      }
    }
    return records;
  }

  /** Closes serdes, registry and broker. */
  @Override
  public void close() {
    serdes.close();
    registry.close();
    kafka.close();
  }
}
