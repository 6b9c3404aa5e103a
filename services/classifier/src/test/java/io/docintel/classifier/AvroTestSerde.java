package io.docintel.classifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Plain Avro binary serde for TopologyTestDriver tests, where there is no registry. */
final class AvroTestSerde {

  private AvroTestSerde() {}

  static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
    SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(type);
    SpecificDatumReader<T> reader = new SpecificDatumReader<>(type);
    return Serdes.serdeFrom((topic, value) -> {
      try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
        var encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        writer.write(value, encoder);
        encoder.flush();
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, (topic, data) -> {
      try {
        return reader.read(null, DecoderFactory.get().binaryDecoder(data, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
