package io.docintel.common.dlq;

import io.docintel.common.metrics.ServiceMeters;
import io.docintel.common.retry.TransientFailures;
import io.docintel.common.serde.ConfluentAvroSerializer;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.schemas.DeadLetter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams exception handler that routes every record a service cannot read, process or
 * serialize to its dead-letter topic and carries on with the next record. It builds on Kafka's
 * own dead-letter support (KIP-1034): the topic is {@code errors.dead.letter.queue.topic.name},
 * and the records are handed back to Kafka Streams, which writes them in the same transaction
 * as the offsets, so under exactly-once a failed record yields exactly one dead letter.
 * Transient failures ({@link TransientFailures}: the schema registry unreachable) are not the
 * record's fault: for them it answers FAIL, so the task stops and is processed again later.
 *
 * <p>Configured from the Streams properties: {@value #SERVICE_CONFIG} names the service, the
 * schema registry settings ({@code schema.registry.url}, …) serialize the {@link DeadLetter}, and
 * the producer's {@code max.request.size} bounds the original bytes a dead letter carries
 * ({@link RecordSizeLimit#maxValueBytes}).
 */
public final class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

  /** Streams property naming the service, written into every dead letter. */
  public static final String SERVICE_CONFIG = "docintel.service.name";
  /** Counter of dead letters, tagged by service and stage. */
  public static final String METRIC = "docintel.dlq.records";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

  private final Clock clock;
  private String service;
  private String topic;
  private ConfluentAvroSerializer<DeadLetter> serializer;
  private long maxOriginalBytes;

  public DeadLetterHandler() {
    this(Clock.systemUTC());
  }

  DeadLetterHandler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void configure(Map<String, ?> configs) {
    service = String.valueOf(configs.get(SERVICE_CONFIG));
    Object configured = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (configured == null) {
      throw new IllegalArgumentException(
          StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " must name the dead-letter topic");
    }
    topic = configured.toString();
    maxOriginalBytes = RecordSizeLimit.maxValueBytes(configs);
    serializer = new ConfluentAvroSerializer<>();
    serializer.configure(configs, false);
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    if (retryLater("deserialize", context, exception)) {
      return DeserializationExceptionHandler.Response.fail();
    }
    return DeserializationExceptionHandler.Response.resume(deadLetter("deserialize", context, exception));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String stage = "process:" + context.processorNodeId();
    if (retryLater(stage, context, exception)) {
      return ProcessingExceptionHandler.Response.fail();
    }
    return ProcessingExceptionHandler.Response.resume(deadLetter(stage, context, exception));
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ProductionExceptionHandler.Response handleSerializationError(
      ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    if (retryLater("serialize", context, exception)) {
      return ProductionExceptionHandler.Response.fail();
    }
    return ProductionExceptionHandler.Response.resume(deadLetter("serialize", context, exception));
  }

  @Override
  public ProductionExceptionHandler.Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    // A broker-side send failure is not the record's fault: retry what can be retried and let
    // everything else stop the task, so that exactly-once restarts it rather than losing data.
    return exception instanceof RetriableException
        ? ProductionExceptionHandler.Response.retry()
        : ProductionExceptionHandler.Response.fail();
  }

  /**
   * True for a transient failure (see {@link TransientFailures}): the record is not at fault, so it
   * is not dead-lettered; the task fails instead and its stream thread is replaced after a backoff.
   */
  private boolean retryLater(String stage, ErrorHandlerContext context, Exception exception) {
    if (!TransientFailures.isTransient(exception)) {
      return false;
    }
    log.warn("not dead-lettering {}-{}@{} at {}: the failure is transient; the task fails and will process it again",
        context.topic(), context.partition(), context.offset(), stage);
    return true;
  }

  private List<ProducerRecord<byte[], byte[]>> deadLetter(
      String stage, ErrorHandlerContext context, Exception exception) {
    DeadLetter letter = DeadLetters.of(service, stage, context, exception, clock.instant(), maxOriginalBytes);
    log.warn("dead-lettering {}-{}@{} at {}: {}: {}", context.topic(), context.partition(),
        context.offset(), stage, letter.getErrorClass(), letter.getErrorMessage());
    // The service's own registry: in a JVM running several services, each counts only its own.
    ServiceMeters.of(service).counter(METRIC, "service", service, "stage", stage.startsWith("process") ? "process" : stage)
        .increment();
    byte[] value = serializer.serialize(topic, letter);
    return List.of(new ProducerRecord<>(topic, null, context.sourceRawKey(), value, DeadLetters.headers(letter)));
  }
}
