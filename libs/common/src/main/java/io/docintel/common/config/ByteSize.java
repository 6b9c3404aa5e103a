package io.docintel.common.config;

import java.util.Locale;

/** Parses sizes such as {@code 10MiB}, {@code 512KiB}, {@code 1GiB} or a plain byte count. */
final class ByteSize {

  private ByteSize() {}

  static long parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    long unit = 1;
    for (String[] suffix : new String[][] {{"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"},
        {"kb", "1000"}, {"mb", "1000000"}, {"gb", "1000000000"}, {"b", "1"}}) {
      if (t.endsWith(suffix[0])) {
        unit = Long.parseLong(suffix[1]);
        t = t.substring(0, t.length() - suffix[0].length());
        break;
      }
    }
    long value = Long.parseLong(t) * unit;
    if (value < 0) {
      throw new IllegalArgumentException("a size cannot be negative");
    }
    return value;
  }
}
