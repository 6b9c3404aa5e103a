package io.docintel.common.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryClientConfig;
import io.docintel.common.registry.StubRegistry;
import io.docintel.common.retry.TransientFailures;
import io.docintel.common.serde.ConfluentAvroDeserializer;
import io.docintel.schemas.Document;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadLetterHandler} on the errors real serdes raise: a registry that cannot be reached is
 * transient (FAIL, nothing dead-lettered, so the record is processed again), a schema id the
 * registry does not know is the record's own fault (one dead letter, carry on).
 */
class DeadLetterHandlerTest {

  static final byte[] RECORD = {0, 0, 0, 0, 7, 1, 2};
  static final ConsumerRecord<byte[], byte[]> CONSUMED =
      new ConsumerRecord<>("docintel.documents.v1", 2, 41, DeadLettersTest.CONTEXT.sourceRawKey(), RECORD);

  final StubRegistry stub;
  final DeadLetterHandler handler = new DeadLetterHandler();

  DeadLetterHandlerTest() throws IOException {
    stub = new StubRegistry().answer("POST /subjects/docintel.normalizer.dlq.v1-value/versions", 200, "{\"id\":11}");
    handler.configure(Map.of(DeadLetterHandler.SERVICE_CONFIG, "normalizer",
        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "docintel.normalizer.dlq.v1",
        SchemaRegistryClientConfig.URL, stub.url()));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void anUnreachableRegistryFailsTheTaskInsteadOfDeadLettering() throws IOException {
    Exception unreachable = deserializationError(StubRegistry.unreachableUrl());
    assertThat(TransientFailures.isTransient(unreachable)).isTrue();

    assertThat(handler.handleError(DeadLettersTest.CONTEXT, CONSUMED, unreachable).result())
        .isEqualTo(DeserializationExceptionHandler.Result.FAIL);
    var processing = handler.handleError(DeadLettersTest.CONTEXT, new Record<>("doc-1", "x", 0), unreachable);
    assertThat(processing.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    assertThat(processing.deadLetterQueueRecords()).isEmpty();
    assertThat(handler.handleSerializationError(DeadLettersTest.CONTEXT, null, unreachable, null).result())
        .isEqualTo(ProductionExceptionHandler.Result.FAIL);
    assertThat(stub.requests()).as("no dead letter was even serialized").isEmpty();
  }

  @Test
  void anUnknownSchemaIdIsDeadLetteredOnce() {
    Exception unknown = deserializationError(stub.url());
    assertThat(TransientFailures.isTransient(unknown)).isFalse();

    var response = handler.handleError(DeadLettersTest.CONTEXT, CONSUMED, unknown);
    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    assertThat(response.deadLetterQueueRecords().get(0).topic()).isEqualTo("docintel.normalizer.dlq.v1");
    assertThat(response.deadLetterQueueRecords().get(0).key()).isEqualTo(DeadLettersTest.CONTEXT.sourceRawKey());
  }

  /** What the real deserializer throws for {@link #RECORD} (schema id 7) against the registry at {@code url}. */
  private static Exception deserializationError(String url) {
    SchemaRegistryClient client = new SchemaRegistryClient(
        SchemaRegistryClientConfig.forUrls(url).withRetryTimeout(Duration.ofMillis(200)));
    try (var deserializer = new ConfluentAvroDeserializer<>(client, Document.class)) {
      deserializer.deserialize("docintel.documents.v1", RECORD);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the record deserialized");
  }
}
