package io.docintel.cli.replay;

import io.docintel.cli.replay.ReplayPlan.Posted;
import io.docintel.common.pin.ModelPin;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.schemas.Document;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Reads {@code docintel.documents.v1} to its end to plan a replay ({@link ReplayPlan}), and
 * re-posts the planned documents in Kafka transactions of {@value #BATCH} documents, so a failed
 * replay leaves whole batches or nothing. Records that are not readable documents (what the
 * normalizer dead-lettered on arrival) are skipped: {@code docintel dlq} handles those.
 */
public final class Replayer {

  static final int BATCH = 200;

  private final Map<String, Object> kafka;
  private final Topic<String, Document> documents;

  public Replayer(Map<String, Object> kafka, Topic<String, Document> documents) {
    this.kafka = kafka;
    this.documents = documents;
  }

  /** The documents to re-post, with their new revisions. */
  public List<Document> plan(Instant from, Instant to, Set<String> ids, Duration timeout) {
    Topic<String, byte[]> raw = new Topic<>(documents.name(), Serdes.String(), Serdes.ByteArray());
    List<Posted> posted = new ArrayList<>();
    try (TopicReader<String, byte[]> reader = new TopicReader<>(kafka, raw)) {
      for (ConsumerRecord<String, byte[]> record : reader.readToEnd(timeout)) {
        try {
          Document document = documents.valueSerde().deserializer().deserialize(record.topic(), record.value());
          if (document != null) {
            posted.add(new Posted(document, Instant.ofEpochMilli(record.timestamp())));
          }
        } catch (SerializationException unreadable) {
          // Not a document: the normalizer dead-lettered it when it arrived.
        }
      }
    }
    return ReplayPlan.of(posted, from, to, ids);
  }

  /** Re-posts {@code plan}; {@code pinnedVersion} may be null. {@code progress} gets (done, failed). */
  public void post(List<Document> plan, String pinnedVersion, BiConsumer<Integer, Integer> progress) {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "docintel-replay-" + UUID.randomUUID());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    try (var producer = new KafkaProducer<>(props, documents.keySerde().serializer(), documents.valueSerde().serializer())) {
      producer.initTransactions();
      for (int start = 0; start < plan.size(); start += BATCH) {
        List<Document> batch = plan.subList(start, Math.min(plan.size(), start + BATCH));
        producer.beginTransaction();
        for (Document document : batch) {
          ProducerRecord<String, Document> record = new ProducerRecord<>(documents.name(), document.getId(), document);
          if (pinnedVersion != null) {
            ModelPin.set(record.headers(), pinnedVersion);
          }
          producer.send(record);
        }
        producer.commitTransaction();
        progress.accept(start + batch.size(), 0);
      }
    } catch (KafkaException e) {
      throw new ReplayException(e.getMessage(), e);
    }
  }

  /** Kafka did not take a replay batch. */
  public static final class ReplayException extends RuntimeException {
    public ReplayException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
