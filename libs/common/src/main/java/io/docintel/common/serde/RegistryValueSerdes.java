package io.docintel.common.serde;

import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.topic.ValueSerdes;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Value serdes backed by one shared schema registry client, so every topic of a service shares
 * its schema cache. Configured with Confluent's client property names
 * ({@code schema.registry.url}, {@code auto.register.schemas}, …). Owns the client.
 */
public final class RegistryValueSerdes implements ValueSerdes, AutoCloseable {

  private final SchemaRegistryClient client;
  private final boolean autoRegister;
  private final long maxValueBytes;

  /** Serdes that serialize values of any size. */
  public RegistryValueSerdes(Map<String, ?> registryConfig) {
    this(registryConfig, Long.MAX_VALUE);
  }

  /**
   * Serdes whose serializers refuse a value of more than {@code maxValueBytes}, for a producer
   * that sends no larger ones ({@link RecordSizeLimit#maxValueBytes}).
   */
  public RegistryValueSerdes(Map<String, ?> registryConfig, long maxValueBytes) {
    this.client = SchemaRegistryClient.fromConfig(registryConfig);
    Object autoRegister = registryConfig.get("auto.register.schemas");
    this.autoRegister = autoRegister == null || Boolean.parseBoolean(autoRegister.toString());
    this.maxValueBytes = maxValueBytes;
  }

  @Override
  public <T extends SpecificRecord> Serde<T> forValues(Class<T> type) {
    return new ConfluentAvroSerde<>(client, type, false, autoRegister, maxValueBytes);
  }

  @Override
  public void close() {
    client.close();
  }
}
