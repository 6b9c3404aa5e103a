package io.docintel.cli.audit;

import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryException;
import io.docintel.common.retry.TransientFailures;
import io.docintel.common.serde.ConfluentWireFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/**
 * Reads the {@code revision} out of any docintel record in Confluent's wire format (a dead
 * letter's original value may be a document or any result), through its writer schema: no
 * generated class needed. A writer schema without the field predates revisions: revision 0.
 * Bytes that are not such a record give no revision; an unreachable registry throws.
 */
final class RevisionDecoder {

  private static final String FIELD = "revision";

  private final SchemaRegistryClient registry;

  RevisionDecoder(SchemaRegistryClient registry) {
    this.registry = registry;
  }

  OptionalLong revisionOf(ByteBuffer value) {
    if (value == null || value.remaining() < ConfluentWireFormat.HEADER_SIZE) {
      return OptionalLong.empty();
    }
    byte[] bytes = new byte[value.remaining()];
    value.duplicate().get(bytes);
    if (bytes[0] != ConfluentWireFormat.MAGIC_BYTE) {
      return OptionalLong.empty();
    }
    Schema writer;
    try {
      writer = registry.schemaById(ConfluentWireFormat.schemaId(bytes));
    } catch (SchemaRegistryException e) {
      if (TransientFailures.isTransient(e)) {
        throw e;
      }
      return OptionalLong.empty();
    }
    if (writer.getType() != Schema.Type.RECORD) {
      return OptionalLong.empty();
    }
    if (writer.getField(FIELD) == null) {
      return OptionalLong.of(0);
    }
    try {
      GenericRecord record = new GenericDatumReader<GenericRecord>(writer).read(null, DecoderFactory.get()
          .binaryDecoder(bytes, ConfluentWireFormat.HEADER_SIZE, bytes.length - ConfluentWireFormat.HEADER_SIZE, null));
      return record.get(FIELD) instanceof Long revision ? OptionalLong.of(revision) : OptionalLong.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
