package io.docintel.normalizer;

import java.util.Locale;

/** Byte counts as people read them in rejection messages: {@code 20.0 MiB}, {@code 256.0 KiB}, {@code 12 bytes}. */
final class ByteCount {

  private ByteCount() {}

  static String format(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }
}
