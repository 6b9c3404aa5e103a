package io.docintel.classifier.feedback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Binary helpers for the classifier's internal state: vectors as a length and big-endian floats.
 * Internal topics and stores only; nothing outside the classifier reads these bytes.
 */
final class VectorCodec {

  private VectorCodec() {}

  static void writeVector(DataOutputStream out, float[] vector) throws IOException {
    out.writeInt(vector.length);
    for (float f : vector) {
      out.writeFloat(f);
    }
  }

  static float[] readVector(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 16) {
      throw new IOException("implausible vector length " + length);
    }
    float[] vector = new float[length];
    for (int i = 0; i < length; i++) {
      vector[i] = in.readFloat();
    }
    return vector;
  }

  interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  static byte[] encode(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static <T> T decode(byte[] bytes, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt classifier state record", e);
    }
  }
}
