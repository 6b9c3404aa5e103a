package io.docintel.common.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.schemas.DeadLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  static final ErrorHandlerContext CONTEXT = new ErrorHandlerContext() {
    @Override public String topic() { return "docintel.documents.v1"; }
    @Override public int partition() { return 2; }
    @Override public long offset() { return 41; }
    @Override public Headers headers() { return new RecordHeaders(); }
    @Override public String processorNodeId() { return "normalize"; }
    @Override public TaskId taskId() { return new TaskId(0, 2); }
    @Override public long timestamp() { return 0; }
    @Override public byte[] sourceRawKey() { return "doc-1".getBytes(StandardCharsets.UTF_8); }
    @Override public byte[] sourceRawValue() { return new byte[] {0, 0, 0, 0, 7, 1, 2}; }
  };

  @Test
  void keepsOriginalBytesSourceAndInnermostError() {
    Exception error = new IllegalStateException("wrapper", new UncheckedIOException(new IOException("truncated PDF")));
    DeadLetter letter = DeadLetters.of("normalizer", "process:normalize", CONTEXT, error, Instant.EPOCH);

    assertThat(letter.getOriginalKey().array()).containsExactly(CONTEXT.sourceRawKey());
    assertThat(letter.getOriginalValue().array()).containsExactly(CONTEXT.sourceRawValue());
    assertThat(letter.getSourceTopic()).isEqualTo("docintel.documents.v1");
    assertThat(letter.getSourcePartition()).isEqualTo(2);
    assertThat(letter.getSourceOffset()).isEqualTo(41);
    assertThat(letter.getErrorClass()).isEqualTo(IOException.class.getName());
    assertThat(letter.getErrorMessage()).isEqualTo("truncated PDF");
    assertThat(letter.getStage()).isEqualTo("process:normalize");
  }

  @Test
  void aSerdesOwnAccountIsReportedRatherThanItsBareCause() {
    Exception error = new org.apache.kafka.streams.errors.StreamsException(
        new org.apache.kafka.common.errors.SerializationException(
            "cannot decode a record of topic 'docintel.documents.v1' written with schema id 3: java.io.EOFException",
            new java.io.EOFException()));
    DeadLetter letter = DeadLetters.of("normalizer", "deserialize", CONTEXT, error, Instant.EPOCH);
    assertThat(letter.getErrorClass()).isEqualTo(org.apache.kafka.common.errors.SerializationException.class.getName());
    assertThat(letter.getErrorMessage()).startsWith("cannot decode a record of topic 'docintel.documents.v1'");
  }

  @Test
  void headersRepeatTheFacts() {
    DeadLetter letter = DeadLetters.of("normalizer", "deserialize", CONTEXT, new RuntimeException("bad magic"), Instant.EPOCH);
    Headers headers = DeadLetters.headers(letter);
    assertThat(text(headers, DeadLetters.HEADER_STAGE)).isEqualTo("deserialize");
    assertThat(text(headers, DeadLetters.HEADER_ERROR_MESSAGE)).isEqualTo("bad magic");
    assertThat(text(headers, DeadLetters.HEADER_SOURCE_OFFSET)).isEqualTo("41");
    assertThat(text(headers, DeadLetters.HEADER_SERVICE)).isEqualTo("normalizer");
  }

  @Test
  void aReplayedRecordThatFailsAgainCountsTheAttempt() {
    assertThat(DeadLetters.of("normalizer", "deserialize", CONTEXT, new RuntimeException("x"), Instant.EPOCH)
        .getAttempt()).isEqualTo(1);
    RecordHeaders replayed = new RecordHeaders();
    replayed.add(DeadLetters.HEADER_ATTEMPT, "2".getBytes(StandardCharsets.UTF_8));
    assertThat(DeadLetters.previousAttempts(replayed)).isEqualTo(2);
    replayed.add(DeadLetters.HEADER_ATTEMPT, "junk".getBytes(StandardCharsets.UTF_8));
    assertThat(DeadLetters.previousAttempts(replayed)).isZero();
    assertThat(DeadLetters.previousAttempts(new RecordHeaders())).isZero();
  }

  @Test
  void longMessagesAreCutSoNoDocumentRidesAlong() {
    String longText = "x".repeat(10_000);
    String message = DeadLetters.safeMessage(new RuntimeException(longText));
    assertThat(message.length()).isLessThanOrEqualTo(DeadLetters.MAX_MESSAGE_CHARS + 1);
  }

  @Test
  void anOriginalTooLargeForOneRecordIsLeftOutAndTheMessageSaysSo() {
    DeadLetter letter = DeadLetters.of("normalizer", "process:normalize", CONTEXT, new RuntimeException("TOO_LARGE"),
        Instant.EPOCH, 8);
    assertThat(letter.getOriginalValue()).isNull();
    assertThat(letter.getOriginalKey().array()).containsExactly(CONTEXT.sourceRawKey());
    assertThat(letter.getErrorMessage()).startsWith("TOO_LARGE [original value of 7 bytes not kept")
        .contains("limit of 8 bytes");

    DeadLetter fits = DeadLetters.of("normalizer", "process:normalize", CONTEXT, new RuntimeException("x"),
        Instant.EPOCH, 12);
    assertThat(fits.getOriginalValue().array()).containsExactly(CONTEXT.sourceRawValue());
    assertThat(fits.getErrorMessage()).isEqualTo("x");
  }

  private static String text(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
