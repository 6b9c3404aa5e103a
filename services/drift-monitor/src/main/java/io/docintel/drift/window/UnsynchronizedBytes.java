package io.docintel.drift.window;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Byte-array streams without locks, under the {@code DataInputStream}/{@code DataOutputStream} of
 * {@link StateSerdes}. Those read and write a long or an int a byte at a time, and the JDK's
 * {@code ByteArrayInputStream}/{@code ByteArrayOutputStream} take a lock for every byte: with a
 * window read and written back for each observation, the locking was most of the drift monitor's
 * CPU. (Float and double arrays go through {@link NumberArrays} in bulk.) Each stream belongs to
 * one serde call on one thread.
 */
final class UnsynchronizedBytes {

  private UnsynchronizedBytes() {}

  /** Reads a byte array from its start. */
  static final class Input extends InputStream {
    private final byte[] data;
    private int position;

    Input(byte[] data) {
      this.data = data;
    }

    @Override
    public int read() {
      return position < data.length ? data[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position >= data.length) {
        return -1;
      }
      int n = Math.min(length, data.length - position);
      System.arraycopy(data, position, target, offset, n);
      position += n;
      return n;
    }

    @Override
    public int available() {
      return data.length - position;
    }
  }

  /** Collects bytes in a growing array. */
  static final class Output extends OutputStream {
    private byte[] data = new byte[4096];
    private int size;

    @Override
    public void write(int b) {
      ensure(1);
      data[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
      ensure(length);
      System.arraycopy(source, offset, data, size, length);
      size += length;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(data, size);
    }

    private void ensure(int more) {
      if (size + more > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
      }
    }
  }
}
