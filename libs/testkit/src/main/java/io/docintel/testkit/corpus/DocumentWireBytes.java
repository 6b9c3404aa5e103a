package io.docintel.testkit.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Hand-written Confluent wire bytes of a text {@code Document} (schemas/src/main/avro/Document.avsc,
 * v1), and broken variants of them. Written by hand, not by Avro, because the broken ones are
 * what no Avro writer produces: a cut-off body, a union branch that does not exist, a string
 * claiming two gigabytes.
 */
final class DocumentWireBytes {

  /** Index of {@code TextContent} in the {@code content} union. */
  private static final int TEXT_CONTENT = 0;

  private DocumentWireBytes() {}

  /** Magic byte 0 and {@code schemaId}, big-endian. */
  static byte[] header(int schemaId) {
    return ByteBuffer.allocate(5).put((byte) 0).putInt(schemaId).array();
  }

  /** The Avro body of a valid text document. */
  static byte[] body(String id, String text) {
    return body(id, TEXT_CONTENT, text);
  }

  /** As {@link #body(String, String)} with any union branch, valid or not. */
  static byte[] body(String id, int contentBranch, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    string(out, id);
    string(out, "corpus");
    string(out, "wire");
    varint(out, contentBranch);
    string(out, text);
    varint(out, 0); // metadata: empty map
    varint(out, 1_767_225_600_000L); // eventTime: 2026-01-01T00:00:00Z
    varint(out, 0); // revision
    return out.toByteArray();
  }

  /** Header and body: a complete, valid record value. */
  static byte[] record(int schemaId, byte[] body) {
    return concat(header(schemaId), body);
  }

  /** A body whose first field (the id) claims {@code length} bytes but carries only a few. */
  static byte[] declaredLength(long length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, length);
    out.writeBytes("abc".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static void string(ByteArrayOutputStream out, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    varint(out, utf8.length);
    out.writeBytes(utf8);
  }

  /** Avro's zig-zag variable-length long. */
  private static void varint(ByteArrayOutputStream out, long value) {
    long zigzag = (value << 1) ^ (value >> 63);
    while ((zigzag & ~0x7FL) != 0) {
      out.write((int) ((zigzag & 0x7F) | 0x80));
      zigzag >>>= 7;
    }
    out.write((int) zigzag);
  }
}
