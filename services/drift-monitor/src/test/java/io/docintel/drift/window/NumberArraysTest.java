package io.docintel.drift.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberArrays} writes exactly the bytes {@link DataOutputStream} writes value by value, so
 * state stored before it existed still reads.
 */
class NumberArraysTest {

  private static final float[] FLOATS = {0f, -0f, 1.5f, -3.25e-7f, Float.MAX_VALUE, Float.MIN_VALUE,
      Float.NaN, Float.NEGATIVE_INFINITY};
  private static final double[] DOUBLES = {0d, -0d, 0.1, -2.5e300, Double.MIN_VALUE, Double.NaN,
      Double.POSITIVE_INFINITY, 42};

  @Test
  void floatsAreWrittenAsDataOutputWritesThemOneByOne() throws IOException {
    ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(oneByOne)) {
      for (float value : FLOATS) {
        out.writeFloat(value);
      }
    }
    ByteArrayOutputStream bulk = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bulk)) {
      NumberArrays.writeFloats(out, FLOATS);
    }

    assertThat(bulk.toByteArray()).isEqualTo(oneByOne.toByteArray());
    float[] read = NumberArrays.readFloats(new DataInputStream(new ByteArrayInputStream(bulk.toByteArray())),
        FLOATS.length);
    assertThat(read).containsExactly(FLOATS);
  }

  @Test
  void theFirstDoublesAreWrittenAsDataOutputWritesThemOneByOne() throws IOException {
    int count = DOUBLES.length - 2;
    ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(oneByOne)) {
      for (int i = 0; i < count; i++) {
        out.writeDouble(DOUBLES[i]);
      }
    }
    ByteArrayOutputStream bulk = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bulk)) {
      NumberArrays.writeDoubles(out, DOUBLES, count);
    }

    assertThat(bulk.toByteArray()).isEqualTo(oneByOne.toByteArray());
    double[] read = NumberArrays.readDoubles(new DataInputStream(new ByteArrayInputStream(bulk.toByteArray())),
        count);
    assertThat(read).hasSize(count);
    for (int i = 0; i < count; i++) {
      assertThat(Double.doubleToRawLongBits(read[i])).isEqualTo(Double.doubleToRawLongBits(DOUBLES[i]));
    }
  }
}
