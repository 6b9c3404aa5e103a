package io.docintel.cli.dlq;

import io.docintel.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** One dead letter and where it sits: its dead-letter topic, partition and offset. */
public record DeadLetterRecord(String topic, int partition, long offset, DeadLetter letter) {

  /** Names this dead letter uniquely and for good: {@code topic:partition:offset}. */
  public String marker() {
    return topic + ":" + partition + ":" + offset;
  }

  /** The failed record's key as text: the document id, for every docintel topic. */
  public String documentId() {
    ByteBuffer key = letter.getOriginalKey();
    if (key == null) {
      return "";
    }
    ByteBuffer copy = key.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The error class without its package. */
  public String errorName() {
    String name = letter.getErrorClass();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
