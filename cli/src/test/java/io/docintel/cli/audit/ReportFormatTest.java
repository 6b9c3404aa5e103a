package io.docintel.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table lists counts and only the problems; the JSON carries every document's verdict. */
class ReportFormatTest {

  final AuditReport report = new AuditReport(List.of(
      new Judgement(new DocumentRevision("a", 0), Verdict.OK, "enriched"),
      new Judgement(new DocumentRevision("b", 2), Verdict.DUPLICATE, "2 enriched records"),
      new Judgement(new DocumentRevision("c", DocumentRevision.UNKNOWN), Verdict.MISSING, "no enriched record")));
  final AuditWindow window = new AuditWindow(Instant.parse("2026-11-30T09:00:00Z"),
      Instant.parse("2026-11-30T10:00:00Z"), Duration.ofSeconds(5), true);

  @Test
  void theTableCountsEveryVerdictAndListsTheProblems() {
    String table = ReportFormat.table(report, window);
    assertThat(table).contains("from 2026-11-30T09:00:00Z to 2026-11-30T10:00:00Z: 3")
        .containsPattern("OK +1\n").containsPattern("UNEXPLAINED_PARTIAL +0\n")
        .contains("DUPLICATE            b revision 2: 2 enriched records", "c revision ?: no enriched record")
        .doesNotContain("a revision 0");
  }

  @Test
  void theJsonHasCountsAndEveryDocument() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportFormat.json(report, window));
    assertThat(json.get("clean").asBoolean()).isFalse();
    assertThat(json.get("counts").get("DUPLICATE").asInt()).isEqualTo(1);
    assertThat(json.get("documents")).hasSize(3);
    assertThat(json.get("documents").get(1).get("revision").asLong()).isEqualTo(2);
    assertThat(json.get("documents").get(2).get("revision").isNull()).isTrue();
  }
}
