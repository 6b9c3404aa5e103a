package io.docintel.cli.corpus;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.NormalizedDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Everything a stack produced for the documents posted to it: enriched results and normalized
 * documents by key, and every service's dead letters, as read (committed records only). Owns its
 * readers.
 */
public final class StackOutcomes implements AutoCloseable {

  private final TopicReader<String, EnrichedDocument> enrichedReader;
  private final TopicReader<String, NormalizedDocument> normalizedReader;
  private final TopicReader<byte[], DeadLetter> deadLetterReader;
  private final Map<String, List<EnrichedDocument>> enriched = new HashMap<>();
  private final Map<String, NormalizedDocument> normalized = new HashMap<>();
  private final List<ConsumerRecord<byte[], DeadLetter>> deadLetters = new ArrayList<>();

  public StackOutcomes(String bootstrapServers, Topics topics, List<String> services) {
    Map<String, Object> kafka = Map.of("bootstrap.servers", bootstrapServers, "max.partition.fetch.bytes", 32 << 20);
    enrichedReader = new TopicReader<>(kafka, topics.enriched());
    normalizedReader = new TopicReader<>(kafka, topics.normalized());
    List<Topic<byte[], DeadLetter>> dlqs = services.stream().map(topics::deadLetters).toList();
    deadLetterReader = new TopicReader<>(kafka, dlqs);
  }

  /** Reads until {@code done} holds or {@code timeout} has passed; false on timeout. */
  public boolean readUntil(BooleanSupplier done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      poll(Duration.ofMillis(200));
    }
    return true;
  }

  /** One round of reading every topic. */
  public void poll(Duration wait) {
    enrichedReader.poll(wait).forEach(r -> enriched.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
    normalizedReader.poll(Duration.ofMillis(20)).forEach(r -> normalized.put(r.key(), r.value()));
    deadLetters.addAll(deadLetterReader.poll(Duration.ofMillis(20)));
  }

  /** Enriched results under {@code key}, in arrival order. */
  public List<EnrichedDocument> enriched(String key) {
    return enriched.getOrDefault(key, List.of());
  }

  public NormalizedDocument normalized(String key) {
    return normalized.get(key);
  }

  /** Dead letters whose original key is {@code key}. */
  public List<ConsumerRecord<byte[], DeadLetter>> deadLettersKeyed(String key) {
    return deadLetters.stream().filter(r -> r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8)))
        .toList();
  }

  /** Dead letters of records read from {@code topic} at that partition and offset. */
  public List<ConsumerRecord<byte[], DeadLetter>> deadLettersFrom(String topic, int partition, long offset) {
    return deadLetters.stream().filter(r -> topic.equals(r.value().getSourceTopic())
        && r.value().getSourcePartition() == partition && r.value().getSourceOffset() == offset).toList();
  }

  public List<ConsumerRecord<byte[], DeadLetter>> deadLetters() {
    return List.copyOf(deadLetters);
  }

  @Override
  public void close() {
    enrichedReader.close();
    normalizedReader.close();
    deadLetterReader.close();
  }
}
