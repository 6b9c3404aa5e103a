package io.docintel.common.serde;

import io.docintel.common.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@link ConfluentAvroSerializer} and {@link ConfluentAvroDeserializer} pair for one record
 * class. {@link #forValues}/{@link #forKeys} make a ready serde over a client the caller owns;
 * the no-argument and class constructors need {@link #configure} (Confluent's config names).
 */
public final class ConfluentAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final ConfluentAvroSerializer<T> serializer;
  private final ConfluentAvroDeserializer<T> deserializer;

  /** For Kafka's reflective construction: reads into the class the writer schema names. */
  public ConfluentAvroSerde() {
    this.serializer = new ConfluentAvroSerializer<>();
    this.deserializer = new ConfluentAvroDeserializer<>();
  }

  /** Reads into {@code type}; {@link #configure} supplies the registry settings. */
  public ConfluentAvroSerde(Class<T> type) {
    this.serializer = new ConfluentAvroSerializer<>();
    this.deserializer = new ConfluentAvroDeserializer<>(type);
  }

  public ConfluentAvroSerde(SchemaRegistryClient client, Class<T> type, boolean isKey, boolean autoRegister) {
    this(client, type, isKey, autoRegister, Long.MAX_VALUE);
  }

  /** As above, its serializer refusing records of more than {@code maxBytes} (see {@link ConfluentAvroSerializer}). */
  public ConfluentAvroSerde(SchemaRegistryClient client, Class<T> type, boolean isKey, boolean autoRegister,
      long maxBytes) {
    this.serializer = new ConfluentAvroSerializer<>(client, isKey, autoRegister, maxBytes);
    this.deserializer = new ConfluentAvroDeserializer<>(client, type, isKey);
  }

  /** A value serde that registers schemas automatically. */
  public static <T extends SpecificRecord> ConfluentAvroSerde<T> forValues(SchemaRegistryClient client, Class<T> type) {
    return new ConfluentAvroSerde<>(client, type, false, true);
  }

  /** A key serde that registers schemas automatically. */
  public static <T extends SpecificRecord> ConfluentAvroSerde<T> forKeys(SchemaRegistryClient client, Class<T> type) {
    return new ConfluentAvroSerde<>(client, type, true, true);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
