package io.docintel.cli.dlq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docintel.schemas.DeadLetter;

/** A dead letter as a table row or a JSON line; never its original bytes. */
final class DeadLetterText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeadLetterText() {}

  static String row(DeadLetterRecord record) {
    DeadLetter letter = record.letter();
    return String.join("\t", letter.getFailedAt().toString(), letter.getService(), letter.getStage(),
        record.documentId(), "attempt " + letter.getAttempt(), record.errorName() + ": " + letter.getErrorMessage());
  }

  static String json(DeadLetterRecord record) {
    DeadLetter letter = record.letter();
    ObjectNode node = JSON.createObjectNode()
        .put("failedAt", letter.getFailedAt().toString())
        .put("service", letter.getService())
        .put("stage", letter.getStage())
        .put("documentId", record.documentId())
        .put("attempt", letter.getAttempt())
        .put("errorClass", letter.getErrorClass())
        .put("errorMessage", letter.getErrorMessage())
        .put("sourceTopic", letter.getSourceTopic())
        .put("sourcePartition", letter.getSourcePartition())
        .put("sourceOffset", letter.getSourceOffset())
        .put("deadLetter", record.marker());
    return node.toString();
  }
}
