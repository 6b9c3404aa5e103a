package io.docintel.common.runtime;

import io.docintel.common.config.Config;
import io.docintel.common.dlq.DeadLetterHandler;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.common.topic.TopicNames;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams properties for a docintel service: exactly-once by default, every failure
 * routed to {@code docintel.<service>.dlq.v1} by {@link DeadLetterHandler}, records of up to
 * 16 MiB unless configured otherwise (internal topics accepting as much), client and registry
 * settings passed through from config.
 */
public final class StreamsProperties {

  /** Transaction timeout of a service's producer, unless {@code DOCINTEL_KAFKA_TRANSACTION_TIMEOUT_MS} sets one. */
  public static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(2);

  private StreamsProperties() {}

  public static Properties forService(String service, Config config) {
    Properties props = new Properties();
    props.putAll(ClientProperties.kafka(config));
    props.putAll(ClientProperties.registry(config));
    String applicationId = config.get(ServiceSettings.APPLICATION_ID);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId.isBlank() ? "docintel-" + service : applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.get(ServiceSettings.PROCESSING_GUARANTEE));
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(ServiceSettings.STATE_DIR).toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(ServiceSettings.THREADS));
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.get(ServiceSettings.COMMIT_INTERVAL).toMillis());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(ServiceSettings.TOPIC_REPLICATION));
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TopicNames.deadLetters(service));
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(DeadLetterHandler.SERVICE_CONFIG, service);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Kafka Streams 4.3 keeps a replaced stream thread in the group (it shuts it down with
    // REMAIN_IN_GROUP), so the new thread gets the partitions only once this has passed.
    props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
        (int) config.get(ServiceSettings.SESSION_TIMEOUT).toMillis());
    // Documents can be large: let one record of up to the normalizer's limit through.
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
    // Changelog and repartition topics must take what the producer sends; a broker's default is about 1 MiB.
    props.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
        String.valueOf(RecordSizeLimit.maxRecordBytes(props)));
    // One document can keep a service busy for many seconds (the normalizer's text extraction alone
    // may take 30 s). Under Streams' exactly-once default of 10 s the broker would abort the
    // transaction mid-document, and the retry would run into the same wall.
    props.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) TRANSACTION_TIMEOUT.toMillis());
    return props;
  }
}
