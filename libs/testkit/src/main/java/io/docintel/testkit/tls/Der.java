package io.docintel.testkit.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few ASN.1 DER encodings an X.509 certificate needs, each returning the complete
 * tag-length-value bytes, so encodings nest by passing one's result to another.
 */
final class Der {

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private Der() {}

  static byte[] sequence(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  static byte[] set(byte[]... parts) {
    return tlv(0x31, concat(parts));
  }

  static byte[] bool(boolean value) {
    return tlv(0x01, new byte[] {(byte) (value ? 0xff : 0x00)});
  }

  static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  /** A BIT STRING of whole bytes (no unused bits). */
  static byte[] bitString(byte[] bytes) {
    byte[] content = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, content, 1, bytes.length);
    return tlv(0x03, content);
  }

  static byte[] octetString(byte[] bytes) {
    return tlv(0x04, bytes);
  }

  /** An OBJECT IDENTIFIER in dotted form, e.g. {@code 2.5.4.3}. */
  static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      long arc = Long.parseLong(arcs[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
      for (int g = groups - 1; g >= 0; g--) {
        int bits = (int) ((arc >>> (7 * g)) & 0x7f);
        out.write(g > 0 ? bits | 0x80 : bits);
      }
    }
    return tlv(0x06, out.toByteArray());
  }

  static byte[] utf8String(String text) {
    return tlv(0x0c, text.getBytes(StandardCharsets.UTF_8));
  }

  /** UTCTime, valid for instants before 2050. */
  static byte[] utcTime(Instant instant) {
    return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  /** A constructed, context-specific {@code [tag] EXPLICIT} wrapper. */
  static byte[] explicit(int tag, byte[] content) {
    return tlv(0xa0 | tag, content);
  }

  /** A primitive, context-specific {@code [tag] IMPLICIT} value. */
  static byte[] implicit(int tag, byte[] content) {
    return tlv(0x80 | tag, content);
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      byte[] digits = BigInteger.valueOf(length).toByteArray();
      int skip = digits[0] == 0 ? 1 : 0;
      out.write(0x80 | (digits.length - skip));
      out.write(digits, skip, digits.length - skip);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
