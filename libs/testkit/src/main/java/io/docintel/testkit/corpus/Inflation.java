package io.docintel.testkit.corpus;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A raw DEFLATE stream that inflates to {@code prefix}, then {@code repeats} copies of a block of
 * one repeated byte, then {@code suffix}: gigabytes of output from a few megabytes, built without
 * ever holding or compressing the gigabytes. The block is compressed once with a full flush
 * (byte-aligned, no back references), so its compressed bytes can simply be repeated.
 */
record Inflation(byte[] deflated, long inflatedSize, long crc32) {

  static final int BLOCK = 1 << 20;

  static Inflation of(byte[] prefix, byte fill, int repeats, byte[] suffix) {
    byte[] block = new byte[BLOCK];
    Arrays.fill(block, fill);
    byte[] head = flushed(prefix, Deflater.FULL_FLUSH);
    byte[] body = flushed(block, Deflater.FULL_FLUSH);
    byte[] tail = flushed(suffix, Deflater.NO_FLUSH);
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + body.length * repeats + tail.length);
    out.writeBytes(head);
    for (int i = 0; i < repeats; i++) {
      out.writeBytes(body);
    }
    out.writeBytes(tail);
    CRC32 crc = new CRC32();
    crc.update(prefix);
    for (int i = 0; i < repeats; i++) {
      crc.update(block);
    }
    crc.update(suffix);
    return new Inflation(out.toByteArray(), prefix.length + (long) BLOCK * repeats + suffix.length, crc.getValue());
  }

  /** {@code data} deflated on its own; NO_FLUSH means: finish the stream (the last block). */
  private static byte[] flushed(byte[] data, int flush) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      if (flush == Deflater.NO_FLUSH) {
        deflater.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (true) {
        int n = deflater.deflate(buffer, 0, buffer.length, flush == Deflater.NO_FLUSH ? Deflater.NO_FLUSH : flush);
        out.write(buffer, 0, n);
        if (flush == Deflater.NO_FLUSH ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
          return out.toByteArray();
        }
      }
    } finally {
      deflater.end();
    }
  }
}
