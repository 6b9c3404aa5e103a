package io.docintel.cli;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.Document;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Posts files as documents, as {@code docintel post} does, for ITs that need to know the ids. */
final class SamplePosts implements AutoCloseable {

  private final KafkaProducer<String, Document> producer;
  private final Topic<String, Document> topic;

  SamplePosts(Map<String, Object> kafka, Topic<String, Document> topic) {
    this.producer = new KafkaProducer<>(kafka, topic.keySerde().serializer(), topic.valueSerde().serializer());
    this.topic = topic;
  }

  /**
   * Registers the document schema (through the serializer, whose registry client remembers the
   * id) without posting anything, so that posting works later while the registry is away.
   */
  void registerSchema() {
    Document probe = DocumentFiles.toDocument("probe", "probe.txt", new byte[] {'x'}, Instant.EPOCH);
    topic.valueSerde().serializer().serialize(topic.name(), probe);
  }

  /** Posts one file under {@code tenant} and waits for the broker to have it; returns its document id. */
  String post(String tenant, String fileName, byte[] bytes) {
    Document document = DocumentFiles.toDocument(tenant, fileName, bytes, Instant.now());
    try {
      producer.send(new ProducerRecord<>(topic.name(), document.getId(), document)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting " + fileName, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot post " + fileName, e.getCause());
    }
    return document.getId();
  }

  @Override
  public void close() {
    producer.close();
  }
}
