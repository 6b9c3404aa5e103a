package io.docintel.drift.window;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serdes of the drift monitor's internal records: observations on its repartition topic, and
 * windows, references and samples in its state stores (and their changelogs). A compact binary
 * form led by a format version byte of its own per kind of record; these records never leave the
 * service, so they are not Avro.
 */
public final class StateSerdes {

  private StateSerdes() {}

  public static Serde<Observation> observations() {
    return serde((byte) 1, StateSerdes::writeObservation, StateSerdes::readObservation);
  }

  /** References; format 2 keeps no samples (format 1, in a store of another name, did). */
  public static Serde<Reference> references() {
    return serde((byte) 2, (out, reference) -> {
      out.writeLong(reference.generation());
      reference.stats().write(out);
    }, in -> new Reference(in.readLong(), WindowStats.read(in)));
  }

  /** Windows; format 2 keeps no samples (format 1, in a store of another name, did). */
  public static Serde<OpenWindow> windows() {
    return serde((byte) 2, (out, window) -> window.write(out), OpenWindow::read);
  }

  public static Serde<Sample> samples() {
    return serde((byte) 1, (out, sample) -> {
      out.writeDouble(sample.confidence());
      out.writeInt(sample.embedding().length);
      NumberArrays.writeFloats(out, sample.embedding());
    }, in -> new Sample(in.readDouble(), NumberArrays.readFloats(in, in.readInt())));
  }

  private static void writeObservation(DataOutput out, Observation o) throws IOException {
    out.writeUTF(o.key().kind().name());
    out.writeUTF(o.key().name());
    out.writeUTF(o.key().version());
    out.writeUTF(o.sha256());
    out.writeUTF(o.label());
    out.writeInt(o.scores().length);
    for (double score : o.scores()) {
      out.writeDouble(score);
    }
    out.writeBoolean(o.escalated());
    out.writeBoolean(o.truncated());
    out.writeInt(o.embedding().length);
    NumberArrays.writeFloats(out, o.embedding());
    out.writeInt(o.tokens());
    out.writeInt(o.chunks());
    out.writeUTF(o.language());
    out.writeInt(o.entities().size());
    for (Map.Entry<String, Integer> entry : o.entities().entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeInt(entry.getValue());
    }
    out.writeBoolean(o.personalData());
    out.writeBoolean(o.correct());
    out.writeInt(o.unknownTokens());
  }

  private static Observation readObservation(DataInput in) throws IOException {
    ModelKey key = new ModelKey(Kind.valueOf(in.readUTF()), in.readUTF(), in.readUTF());
    String sha256 = in.readUTF();
    String label = in.readUTF();
    double[] scores = new double[in.readInt()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = in.readDouble();
    }
    boolean escalated = in.readBoolean();
    boolean truncated = in.readBoolean();
    float[] embedding = NumberArrays.readFloats(in, in.readInt());
    int tokens = in.readInt();
    int chunks = in.readInt();
    String language = in.readUTF();
    Map<String, Integer> entities = new TreeMap<>();
    int types = in.readInt();
    for (int i = 0; i < types; i++) {
      entities.put(in.readUTF(), in.readInt());
    }
    boolean personalData = in.readBoolean();
    boolean correct = in.readBoolean();
    return new Observation(key, sha256, label, scores, escalated, truncated, embedding, tokens, chunks, language,
        entities, personalData, correct, in.readInt());
  }

  private interface Writer<T> {
    void write(DataOutput out, T value) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  private static <T> Serde<T> serde(byte format, Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom((topic, value) -> {
      if (value == null) {
        return null;
      }
      UnsynchronizedBytes.Output bytes = new UnsynchronizedBytes.Output();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(format);
        writer.write(out, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }, (topic, data) -> {
      if (data == null) {
        return null;
      }
      try (DataInputStream in = new DataInputStream(new UnsynchronizedBytes.Input(data))) {
        byte found = in.readByte();
        if (found != format) {
          throw new IllegalStateException("unknown drift state format " + found + ", expected " + format);
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
