package io.docintel.common.serde;

import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format records into Avro SpecificRecords. The writer's schema is fetched
 * from the registry by the id in the record; the reader schema is that of the record class, so
 * records written with an older (or newer) compatible schema resolve into the current class.
 * The class is the one given to the constructor, or else the generated class named by the
 * writer schema. Null input deserializes to null. Lengths and counts in the data are checked
 * against the bytes left ({@link BoundedBinaryDecoder}), so a record cannot claim gigabytes.
 *
 * <p>Either built with a {@link SchemaRegistryClient} the caller owns, or configured from
 * Confluent's client config names, in which case it creates and owns its client.
 */
public class ConfluentAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

  private final Class<T> type;
  private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
  private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();
  private SchemaRegistryClient client;
  private boolean ownsClient;
  private boolean isKey;

  /** For Kafka's reflective construction: reads into the class the writer schema names. */
  public ConfluentAvroDeserializer() {
    this(null, null);
  }

  /** Reads into {@code type}; the registry client comes from {@link #configure}. */
  public ConfluentAvroDeserializer(Class<T> type) {
    this(null, type);
  }

  /** A value deserializer reading into {@code type} through {@code client}, which the caller keeps owning. */
  public ConfluentAvroDeserializer(SchemaRegistryClient client, Class<T> type) {
    this(client, type, false);
  }

  public ConfluentAvroDeserializer(SchemaRegistryClient client, Class<T> type, boolean isKey) {
    this.client = client;
    this.type = type;
    this.isKey = isKey;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    this.isKey = isKey;
    SerdeSettings.requireTopicNameStrategy(configs, isKey);
    if (client == null) {
      client = SchemaRegistryClient.fromConfig(configs);
      ownsClient = true;
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    String subject = ConfluentWireFormat.subject(topic, isKey);
    if (data.length < ConfluentWireFormat.HEADER_SIZE) {
      throw new SerializationException("record of topic '" + topic + "' (subject '" + subject + "') has "
          + data.length + " bytes, fewer than the 5-byte Confluent header");
    }
    if (data[0] != ConfluentWireFormat.MAGIC_BYTE) {
      throw new SerializationException(String.format(
          "unknown magic byte 0x%02x in a record of topic '%s' (subject '%s'): not Confluent wire format, "
              + "which starts with 0x00", data[0], topic, subject));
    }
    if (client == null) {
      throw new SerializationException("ConfluentAvroDeserializer for topic '" + topic + "' was not configured");
    }
    int id = ConfluentWireFormat.schemaId(data);
    DatumReader<T> reader = reader(id, topic, subject);
    try {
      BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
          data, ConfluentWireFormat.HEADER_SIZE, data.length - ConfluentWireFormat.HEADER_SIZE, decoders.get());
      decoders.set(decoder);
      return reader.read(null, new BoundedBinaryDecoder(decoder));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot decode a record of topic '" + topic + "' (subject '" + subject
          + "') written with schema id " + id + ": " + e, e);
    }
  }

  private DatumReader<T> reader(int id, String topic, String subject) {
    DatumReader<T> cached = readers.get(id);
    if (cached != null) {
      return cached;
    }
    Schema writer;
    try {
      writer = client.schemaById(id);
    } catch (SchemaRegistryException e) {
      if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.httpStatus() == 404) {
        throw new SerializationException("unknown schema id " + id + " in a record of topic '" + topic
            + "' (subject '" + subject + "'): the schema registry has no schema with that id", e);
      }
      throw new SerializationException("cannot fetch schema id " + id + " for a record of topic '" + topic
          + "' (subject '" + subject + "'): " + e.getMessage(), e);
    }
    Class<T> target = type != null ? type : generatedClass(writer, id, topic, subject);
    SpecificData model = SpecificData.getForClass(target);
    Schema readerSchema = model.getSchema(target);
    SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writer);
    if (pair.getType() != SchemaCompatibilityType.COMPATIBLE) {
      throw new SerializationException("schema id " + id + " (" + writer.getFullName() + ") of a record of topic '"
          + topic + "' (subject '" + subject + "') is incompatible with the reader's schema "
          + readerSchema.getFullName() + ": " + pair.getResult().getIncompatibilities().stream()
              .map(i -> i.getType() + " at " + i.getLocation()).limit(3).toList());
    }
    DatumReader<T> reader = new SpecificDatumReader<>(writer, readerSchema, model);
    readers.putIfAbsent(id, reader);
    return reader;
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> generatedClass(Schema writer, int id, String topic, String subject) {
    Class<?> found = SpecificData.get().getClass(writer);
    if (found == null || !SpecificRecord.class.isAssignableFrom(found)) {
      throw new SerializationException("no generated class " + writer.getFullName() + " on the class path for "
          + "schema id " + id + " of topic '" + topic + "' (subject '" + subject + "')");
    }
    return (Class<T>) found;
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }
}
