package io.docintel.gateway.ingest;

import io.docintel.common.topic.Topic;
import io.docintel.schemas.Document;
import io.docintel.schemas.DocumentAccepted;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes an accepted document to {@code docintel.documents.v1} and its acceptance record to
 * {@code docintel.gateway.accepted.v1} in one Kafka transaction, so either both exist or
 * neither: a post answered 202 is durable (acks=all), and a failed one left nothing behind.
 * Transactions run one at a time; owns its producer.
 */
public final class Publisher implements AutoCloseable {

  /** Room a document's record takes besides the document's bytes: its id, tenant, name, type and envelope. */
  public static final int RECORD_ROOM = 1 << 20;

  private final KafkaProducer<String, byte[]> producer;
  private final Topic<String, Document> documents;
  private final Topic<String, DocumentAccepted> accepted;
  private final Duration timeout;

  /** {@code transactionalId} must be unique per running gateway instance. */
  public Publisher(Map<String, Object> kafkaProps, Topic<String, Document> documents,
      Topic<String, DocumentAccepted> accepted, String transactionalId, long maxDocumentBytes, Duration timeout) {
    Map<String, Object> props = new HashMap<>(kafkaProps);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, maxDocumentBytes + RECORD_ROOM));
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.documents = documents;
    this.accepted = accepted;
    this.timeout = timeout;
    producer.initTransactions();
  }

  /** Publishes both records atomically; throws {@link PublishException} when Kafka does not commit them. */
  public synchronized void publish(Document document, DocumentAccepted acceptance) {
    String id = document.getId();
    try {
      producer.beginTransaction();
      Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(documents.name(), id,
          documents.valueSerde().serializer().serialize(documents.name(), document)));
      producer.send(new ProducerRecord<>(accepted.name(), id,
          accepted.valueSerde().serializer().serialize(accepted.name(), acceptance)));
      sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      producer.commitTransaction();
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      abort();
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new PublishException("document " + id + " was not published: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort();
      throw new PublishException("interrupted while publishing document " + id, e);
    }
  }

  private void abort() {
    try {
      producer.abortTransaction();
    } catch (KafkaException ignored) {
      // A fenced or failed producer cannot abort; its transaction times out on the broker.
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }

  /** Kafka did not take a document; the post is answered 503 and may be retried. */
  public static final class PublishException extends RuntimeException {
    PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
