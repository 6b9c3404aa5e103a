package io.docintel.drift.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Arrays of floats and doubles in {@link DataOutput}'s format (big-endian, no length), moved in
 * one bulk copy each. A window's embedding sample is tens of thousands of floats, read and
 * written back for every observation; one call per value was most of the serdes' time.
 */
final class NumberArrays {

  private NumberArrays() {}

  static void writeFloats(DataOutput out, float[] values) throws IOException {
    byte[] bytes = new byte[values.length * Float.BYTES];
    ByteBuffer.wrap(bytes).asFloatBuffer().put(values);
    out.write(bytes);
  }

  static float[] readFloats(DataInput in, int count) throws IOException {
    byte[] bytes = new byte[count * Float.BYTES];
    in.readFully(bytes);
    float[] values = new float[count];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
    return values;
  }

  /** The first {@code count} values. */
  static void writeDoubles(DataOutput out, double[] values, int count) throws IOException {
    byte[] bytes = new byte[count * Double.BYTES];
    ByteBuffer.wrap(bytes).asDoubleBuffer().put(values, 0, count);
    out.write(bytes);
  }

  static double[] readDoubles(DataInput in, int count) throws IOException {
    byte[] bytes = new byte[count * Double.BYTES];
    in.readFully(bytes);
    double[] values = new double[count];
    ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
    return values;
  }
}
