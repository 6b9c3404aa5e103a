package io.docintel.cli.audit;

import io.docintel.common.dlq.DeadLetters;
import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.retry.TransientFailures;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.Topics;
import io.docintel.enricher.join.ResultKind;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads what the audit judges, committed records only ({@code isolation.level=read_committed}),
 * every partition from its beginning, outside any consumer group: {@code docintel.documents.v1},
 * {@code docintel.enriched.v1} and every {@code docintel.<service>.dlq.v1} topic that exists when
 * it starts. Reading stops once it has caught up and nothing new has arrived for the settle time,
 * or at the timeout. Dead letters are read from their headers, plus the revision in their
 * original value. Owns its consumer and registry clients.
 */
final class AuditReader implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final RegistryValueSerdes serdes;
  private final SchemaRegistryClient registry;
  private final Deserializer<Document> documents;
  private final Deserializer<EnrichedDocument> enriched;
  private final Deserializer<DeadLetter> letters;
  private final RevisionDecoder revisions;
  private final List<PostedDocument> posted = new ArrayList<>();
  private final List<EnrichedFact> results = new ArrayList<>();
  private final List<DeadLetterFact> deadLetters = new ArrayList<>();
  private long read;

  AuditReader(Map<String, Object> kafka, Map<String, Object> registryConfig) {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put("group.id", "docintel-audit-" + UUID.randomUUID());
    props.put("enable.auto.commit", false);
    props.put("isolation.level", "read_committed");
    this.serdes = new RegistryValueSerdes(registryConfig);
    this.registry = SchemaRegistryClient.fromConfig(registryConfig);
    Topics topics = new Topics(serdes);
    this.documents = topics.documents().valueSerde().deserializer();
    this.enriched = topics.enriched().valueSerde().deserializer();
    this.letters = serdes.forValues(DeadLetter.class).deserializer();
    this.revisions = new RevisionDecoder(registry);
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Reads until settled or {@code timeout}; Kafka not answering within {@code timeout} throws. */
  AuditInput read(Duration settle, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<TopicPartition> partitions = partitions(timeout);
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Settling settling = new Settling(settle);
    while (true) {
      consumer.poll(Duration.ofMillis(200)).forEach(this::take);
      long now = System.nanoTime();
      if (settling.settled(read, caughtUp(partitions, timeout), now)) {
        return input(true);
      }
      if (now >= deadline) {
        return input(false);
      }
    }
  }

  private List<TopicPartition> partitions(Duration timeout) {
    Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
    if (!existing.containsKey(TopicNames.DOCUMENTS)) {
      throw new IllegalStateException("topic " + TopicNames.DOCUMENTS + " does not exist: nothing was ever posted");
    }
    List<TopicPartition> partitions = new ArrayList<>();
    existing.forEach((topic, infos) -> {
      if (topic.equals(TopicNames.DOCUMENTS) || topic.equals(TopicNames.ENRICHED)
          || TopicNames.deadLetterService(topic).isPresent()) {
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
    });
    return partitions;
  }

  private boolean caughtUp(List<TopicPartition> partitions, Duration timeout) {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    return partitions.stream().allMatch(partition -> consumer.position(partition, timeout) >= ends.get(partition));
  }

  private void take(ConsumerRecord<byte[], byte[]> record) {
    read++;
    String id = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
    if (record.topic().equals(TopicNames.DOCUMENTS)) {
      posted.add(new PostedDocument(new DocumentRevision(id, documentRevision(record)), record.partition(),
          record.offset(), Instant.ofEpochMilli(record.timestamp())));
    } else if (record.topic().equals(TopicNames.ENRICHED)) {
      results.add(enrichedFact(id, record));
    } else {
      deadLetters.add(deadLetterFact(id, record));
    }
  }

  /** The posted document's revision; UNKNOWN for what is not a document (a tombstone, broken bytes). */
  private long documentRevision(ConsumerRecord<byte[], byte[]> record) {
    try {
      Document document = documents.deserialize(record.topic(), record.value());
      return document == null ? DocumentRevision.UNKNOWN : document.getRevision();
    } catch (SerializationException e) {
      if (TransientFailures.isTransient(e)) {
        throw e;
      }
      return DocumentRevision.UNKNOWN;
    }
  }

  private EnrichedFact enrichedFact(String id, ConsumerRecord<byte[], byte[]> record) {
    EnrichedDocument document;
    try {
      document = enriched.deserialize(record.topic(), record.value());
    } catch (SerializationException e) {
      throw new IllegalStateException("cannot read the enriched record at " + record.topic() + "-"
          + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e);
    }
    Set<ResultKind> kinds = EnumSet.noneOf(ResultKind.class);
    if (document.getExtraction() != null) {
      kinds.add(ResultKind.EXTRACTION);
    }
    if (document.getClassification() != null) {
      kinds.add(ResultKind.CLASSIFICATION);
    }
    if (document.getSummary() != null) {
      kinds.add(ResultKind.SUMMARY);
    }
    return new EnrichedFact(new DocumentRevision(id, document.getRevision()), document.getComplete(),
        !document.getContentSha256().isEmpty(), kinds);
  }

  private DeadLetterFact deadLetterFact(String id, ConsumerRecord<byte[], byte[]> record) {
    String service = header(record, DeadLetters.HEADER_SERVICE,
        TopicNames.deadLetterService(record.topic()).orElse(""));
    return new DeadLetterFact(id, originalRevision(record), service, header(record, DeadLetters.HEADER_STAGE, ""),
        header(record, DeadLetters.HEADER_SOURCE_TOPIC, ""), (int) number(record, DeadLetters.HEADER_SOURCE_PARTITION),
        number(record, DeadLetters.HEADER_SOURCE_OFFSET));
  }

  private OptionalLong originalRevision(ConsumerRecord<byte[], byte[]> record) {
    DeadLetter letter;
    try {
      letter = letters.deserialize(record.topic(), record.value());
    } catch (SerializationException e) {
      if (TransientFailures.isTransient(e)) {
        throw e;
      }
      return OptionalLong.empty();
    }
    ByteBuffer original = letter == null ? null : letter.getOriginalValue();
    return revisions.revisionOf(original);
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name, String fallback) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? fallback : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** A numeric header, or -1 when it is missing or not a number. */
  private static long number(ConsumerRecord<byte[], byte[]> record, String name) {
    try {
      return Long.parseLong(header(record, name, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private AuditInput input(boolean settled) {
    return new AuditInput(List.copyOf(posted), List.copyOf(results), List.copyOf(deadLetters), settled);
  }

  @Override
  public void close() {
    consumer.close();
    registry.close();
    serdes.close();
  }
}
