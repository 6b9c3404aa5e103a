package io.docintel.common.serde;

import java.nio.ByteBuffer;

/**
 * Confluent's wire format: magic byte {@code 0}, the writer schema's registry id as a 4-byte
 * big-endian int, then the Avro binary encoding. Subjects follow TopicNameStrategy:
 * {@code <topic>-key} or {@code <topic>-value}.
 */
public final class ConfluentWireFormat {

  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;

  private ConfluentWireFormat() {}

  /** The TopicNameStrategy subject of a topic's keys or values. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }

  /** The 5-byte header announcing {@code schemaId}. */
  public static byte[] header(int schemaId) {
    return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
  }

  /** The schema id of a record in this format; assumes the caller checked length and magic byte. */
  public static int schemaId(byte[] record) {
    return ByteBuffer.wrap(record, 1, 4).getInt();
  }
}
