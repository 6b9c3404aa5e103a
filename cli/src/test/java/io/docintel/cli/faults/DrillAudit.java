package io.docintel.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.CommandRun;
import io.docintel.schemas.EnrichedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every fault drill ends with: {@code docintel audit} over the drill's window (run in this
 * JVM as a user would run it) judges exactly the documents the drill posted, each {@code OK}, and
 * the enriched topic holds no second record for any (document id, revision).
 */
final class DrillAudit {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DrillAudit() {}

  /**
   * Runs the audit of documents posted since {@code since} and asserts it clean for exactly
   * {@code posted}; returns each document's judgement (verdict and detail) by id.
   */
  static Map<String, JsonNode> assertClean(String bootstrapServers, String registryUrl, Instant since,
      Collection<String> posted) {
    CommandRun audit = CommandRun.of("audit", "-b", bootstrapServers, "-r", registryUrl, "--since", since.toString(),
        "--settle", "3s", "--json");
    Map<String, JsonNode> verdicts = verdicts(audit.stdout());
    assertThat(verdicts.keySet()).as("the documents the audit judged").containsExactlyInAnyOrderElementsOf(posted);
    verdicts.forEach((id, judgement) -> assertThat(judgement.get("verdict").asText())
        .as("audit verdict of %s: %s", id, judgement.get("detail").asText()).isEqualTo("OK"));
    assertThat(audit.exit()).as(audit.stderr()).isZero();
    return verdicts;
  }

  /** Asserts that no (document id, revision) has more than one record among {@code enriched}. */
  static void assertNoDuplicates(List<EnrichedDocument> enriched) {
    Map<String, Long> perRevision = enriched.stream()
        .collect(Collectors.groupingBy(record -> record.getDocumentId() + "@" + record.getRevision(), Collectors.counting()));
    assertThat(perRevision).as("enriched records per (document id, revision)")
        .allSatisfy((document, count) -> assertThat(count).as(document).isOne());
  }

  private static Map<String, JsonNode> verdicts(String json) {
    try {
      JsonNode documents = JSON.readTree(json).get("documents");
      Map<String, JsonNode> byId = new HashMap<>();
      documents.forEach(document -> assertThat(byId.put(document.get("documentId").asText(), document))
          .as("one judgement per document").isNull());
      return byId;
    } catch (IOException e) {
      throw new UncheckedIOException("the audit did not print JSON:\n" + json, e);
    }
  }
}
