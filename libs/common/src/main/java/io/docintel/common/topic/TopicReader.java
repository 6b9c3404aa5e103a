package io.docintel.common.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a topic from its beginning, committed records only, without joining a consumer group's
 * offsets: for tools and tests that look at what a stage produced. Owns its consumer.
 */
public final class TopicReader<K, V> implements AutoCloseable {

  private final KafkaConsumer<K, V> consumer;

  public TopicReader(Map<String, Object> kafkaProps, Topic<K, V> topic) {
    this(kafkaProps, List.of(topic));
  }

  /** Reads several topics of the same key and value types, e.g. every service's dead letters. */
  public TopicReader(Map<String, Object> kafkaProps, List<Topic<K, V>> topics) {
    Map<String, Object> props = new HashMap<>(kafkaProps);
    props.put("group.id", "docintel-reader-" + UUID.randomUUID());
    props.put("enable.auto.commit", false);
    props.put("auto.offset.reset", "earliest");
    props.put("isolation.level", "read_committed");
    Topic<K, V> first = topics.get(0);
    this.consumer = new KafkaConsumer<>(props, first.keySerde().deserializer(), first.valueSerde().deserializer());
    this.consumer.subscribe(topics.stream().map(Topic::name).toList());
  }

  /**
   * Everything committed in the topics up to now: reads until every partition's position has
   * reached the end offset it had when this call began (the last stable offset, as this reader
   * reads committed records only). Fails after {@code timeout}.
   */
  public List<ConsumerRecord<K, V>> readToEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100)).forEach(records::add);
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
    while (!reached(ends)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("could not read " + consumer.subscription() + " to its end within " + timeout);
      }
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return records;
  }

  private boolean reached(Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (consumer.position(end.getKey()) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The records that arrived within {@code wait}; possibly none. */
  public List<ConsumerRecord<K, V>> poll(Duration wait) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    consumer.poll(wait).forEach(records::add);
    return records;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
