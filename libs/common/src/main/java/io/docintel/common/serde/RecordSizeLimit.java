package io.docintel.common.serde;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How large a record a service's producer sends, read from the Kafka Streams properties the
 * service runs with: its {@code max.request.size} ({@code producer.}-prefixed first, as Kafka
 * Streams reads it). A record's value may take that less {@link #ENVELOPE_BYTES}. The one place
 * for both, so that what serializers let through, what a dead letter carries and what topics
 * accept agree.
 */
public final class RecordSizeLimit {

  /** Room a record needs besides its value: key, headers, record and batch overhead. */
  public static final int ENVELOPE_BYTES = 64 * 1024;

  private static final long PRODUCER_DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

  private RecordSizeLimit() {}

  /** The largest record the producer sends: its {@code max.request.size}. */
  public static long maxRecordBytes(Map<?, ?> streamsConfig) {
    Object size = streamsConfig.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    if (size == null) {
      size = streamsConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    }
    return size == null ? PRODUCER_DEFAULT_MAX_REQUEST_SIZE : Long.parseLong(size.toString().trim());
  }

  /** The largest value such a record may carry: {@link #maxRecordBytes} less {@link #ENVELOPE_BYTES}. */
  public static long maxValueBytes(Map<?, ?> streamsConfig) {
    long maxRecordBytes = maxRecordBytes(streamsConfig);
    if (maxRecordBytes <= ENVELOPE_BYTES) {
      throw new ConfigException(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes,
          "must be more than " + ENVELOPE_BYTES + " bytes, the room kept for key and headers");
    }
    return maxRecordBytes - ENVELOPE_BYTES;
  }
}
