package io.docintel.common.serde;

import io.docintel.common.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro SpecificRecords in Confluent's wire format ({@link ConfluentWireFormat}) under
 * the subject {@code <topic>-key|value}. With {@code auto.register.schemas=true} (the default)
 * the record's schema is registered; with false it must already be registered under the subject
 * and its id is looked up. Null records serialize to null. A record whose bytes would exceed
 * the serializer's bound (none by default) is refused with a {@link SerializationException}
 * naming the limit to raise: Kafka Streams hands that to its production exception handler, which
 * can dead-letter the input and go on, where a record the producer refuses fails the task.
 *
 * <p>Either built with a {@link SchemaRegistryClient} the caller owns, or with no arguments and
 * then {@link #configure configured} from Confluent's client config names, in which case it
 * creates and owns its client.
 */
public class ConfluentAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

  /** Largest buffer a thread keeps between records. */
  static final int RETAINED_BUFFER_BYTES = 1024 * 1024;

  private final Map<Class<?>, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
  private final ThreadLocal<ByteArrayOutputStream> buffers = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(256));
  private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();
  private final long maxBytes;
  private SchemaRegistryClient client;
  private boolean ownsClient;
  private boolean isKey;
  private boolean autoRegister = true;

  /** For Kafka's reflective construction; {@link #configure} must be called before use. */
  public ConfluentAvroSerializer() {
    this.maxBytes = Long.MAX_VALUE;
  }

  /** A value serializer registering schemas through {@code client}, which the caller keeps owning. */
  public ConfluentAvroSerializer(SchemaRegistryClient client) {
    this(client, false, true);
  }

  public ConfluentAvroSerializer(SchemaRegistryClient client, boolean isKey, boolean autoRegister) {
    this(client, isKey, autoRegister, Long.MAX_VALUE);
  }

  /** As above, refusing to return more than {@code maxBytes} bytes for one record. */
  public ConfluentAvroSerializer(SchemaRegistryClient client, boolean isKey, boolean autoRegister, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.client = client;
    this.isKey = isKey;
    this.autoRegister = autoRegister;
    this.maxBytes = maxBytes;
  }

  /** Reads {@code auto.register.schemas} and, unless a client was given, the registry settings. */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.isKey = isKey;
    this.autoRegister = SerdeSettings.autoRegister(configs, autoRegister);
    SerdeSettings.requireTopicNameStrategy(configs, isKey);
    if (client == null) {
      client = SchemaRegistryClient.fromConfig(configs);
      ownsClient = true;
    }
  }

  @Override
  public byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    if (client == null) {
      throw new SerializationException("ConfluentAvroSerializer for topic '" + topic + "' was not configured");
    }
    String subject = ConfluentWireFormat.subject(topic, isKey);
    Schema schema = record.getSchema();
    int id;
    try {
      id = autoRegister ? client.register(subject, schema) : client.idOf(subject, schema);
    } catch (RuntimeException e) {
      throw new SerializationException("cannot " + (autoRegister ? "register" : "look up") + " schema "
          + schema.getFullName() + " under subject '" + subject + "' for topic '" + topic + "': " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = buffers.get();
    out.reset();
    out.writeBytes(ConfluentWireFormat.header(id));
    try {
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, encoders.get());
      encoders.set(encoder);
      writer(record).write(record, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot serialize " + schema.getFullName() + " for topic '" + topic
          + "' (subject '" + subject + "', schema id " + id + "): " + e.getMessage(), e);
    }
    int size = out.size();
    if (size > RETAINED_BUFFER_BYTES) {
      // A buffer grown for one huge record would otherwise stay with the thread for good.
      buffers.remove();
    }
    if (size > maxBytes) {
      throw new SerializationException(schema.getName() + " for topic '" + topic + "' is " + size
          + " bytes, over the limit of " + maxBytes + " bytes (the producer's max.request.size less room for"
          + " key and headers): raise DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE to send it");
    }
    return out.toByteArray();
  }

  private DatumWriter<Object> writer(T record) {
    return writers.computeIfAbsent(record.getClass(),
        type -> new SpecificDatumWriter<>(record.getSchema(), SpecificData.getForClass(type)));
  }

  /** Releases the registry client if this serializer created it. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
