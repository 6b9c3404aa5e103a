package io.docintel.common.dlq;

import io.docintel.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the dead letter of a record a service gave up on: the original key and value bytes,
 * where the record came from, and what went wrong. The same facts go into record headers, so
 * tools that do not read Avro can see them.
 */
public final class DeadLetters {

  public static final String HEADER_ERROR_CLASS = "docintel.error.class";
  public static final String HEADER_ERROR_MESSAGE = "docintel.error.message";
  public static final String HEADER_STAGE = "docintel.error.stage";
  public static final String HEADER_SERVICE = "docintel.error.service";
  public static final String HEADER_SOURCE_TOPIC = "docintel.source.topic";
  public static final String HEADER_SOURCE_PARTITION = "docintel.source.partition";
  public static final String HEADER_SOURCE_OFFSET = "docintel.source.offset";
  /**
   * On a record re-sent from a dead-letter topic: the attempt number of the dead letter it came
   * from, so failing again makes the next dead letter's attempt one higher.
   */
  public static final String HEADER_ATTEMPT = "docintel.dlq.attempt";

  /** Messages are cut to this length: enough to diagnose, too short to carry a document. */
  static final int MAX_MESSAGE_CHARS = 300;

  private DeadLetters() {}

  /** The dead letter of the record {@code context} points at. */
  public static DeadLetter of(String service, String stage, ErrorHandlerContext context, Throwable error, Instant now) {
    return DeadLetter.newBuilder()
        .setService(service)
        .setStage(stage)
        .setErrorClass(rootCause(error).getClass().getName())
        .setErrorMessage(safeMessage(error))
        .setSourceTopic(context.topic())
        .setSourcePartition(context.partition())
        .setSourceOffset(context.offset())
        .setOriginalKey(wrap(context.sourceRawKey()))
        .setOriginalValue(wrap(context.sourceRawValue()))
        .setFailedAt(now)
        .setAttempt(previousAttempts(context.headers()) + 1)
        .build();
  }

  /** Headers that repeat the dead letter's facts as UTF-8 strings. */
  public static Headers headers(DeadLetter letter) {
    Headers headers = new RecordHeaders();
    add(headers, HEADER_SERVICE, letter.getService());
    add(headers, HEADER_STAGE, letter.getStage());
    add(headers, HEADER_ERROR_CLASS, letter.getErrorClass());
    add(headers, HEADER_ERROR_MESSAGE, letter.getErrorMessage());
    if (letter.getSourceTopic() != null) {
      add(headers, HEADER_SOURCE_TOPIC, letter.getSourceTopic());
    }
    add(headers, HEADER_SOURCE_PARTITION, String.valueOf(letter.getSourcePartition()));
    add(headers, HEADER_SOURCE_OFFSET, String.valueOf(letter.getSourceOffset()));
    add(headers, HEADER_ATTEMPT, String.valueOf(letter.getAttempt()));
    return headers;
  }

  /**
   * The innermost cause's class and message, cut short. Wrapping exceptions add nothing a
   * reader needs, and the innermost one is what to fix.
   */
  static String safeMessage(Throwable error) {
    Throwable root = rootCause(error);
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_MESSAGE_CHARS ? oneLine : oneLine.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  static Throwable rootCause(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }

  /** The attempts before this one: what a dead-letter replay wrote into {@link #HEADER_ATTEMPT}, else 0. */
  static int previousAttempts(Headers headers) {
    Header header = headers == null ? null : headers.lastHeader(HEADER_ATTEMPT);
    if (header == null || header.value() == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(new String(header.value(), StandardCharsets.UTF_8).trim()));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  private static ByteBuffer wrap(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(bytes);
  }

  private static void add(Headers headers, String key, String value) {
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
