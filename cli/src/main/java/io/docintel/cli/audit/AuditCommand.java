package io.docintel.cli.audit;

import io.docintel.cli.ClusterOptions;
import io.docintel.common.registry.SchemaRegistryException;
import io.docintel.enricher.join.ResultKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel audit}: did every document posted in a window come out exactly once? */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Check that every document posted in a time window came out exactly once: one enriched record per "
            + "(document id, revision), or dead letters that account for it.",
        "",
        "Reads, committed records only and from their beginning, docintel.documents.v1 (judging the documents whose "
            + "record timestamp is in [--since, --until)), docintel.enriched.v1 and every docintel.<service>.dlq.v1 "
            + "topic, until it has caught up and nothing new has arrived for --settle.",
        "",
        "Verdicts, per (document id, revision):",
        "  OK                  one enriched record, or no record and dead letters",
        "  SUPERSEDED          neither, but a newer revision was posted (the enricher answers that one)",
        "  MISSING             no enriched record and no dead letter",
        "  DUPLICATE           2+ enriched records, or one and a normalizer dead letter",
        "  UNEXPLAINED_PARTIAL a partial enriched record, no dead letter saying why",
        "A record is partial when marked incomplete or without the normalized document or a --required result; "
            + "a dead letter of the service that makes the missing part, or of the enricher reading it, says why.",
        "",
        "Exit code 0 when every document is OK or SUPERSEDED, 1 when some are not, 2 on a usage or connection error."},
    footer = {"", "Examples:", "  docintel audit --since 1h",
        "  docintel audit --since 2026-11-30T09:00:00Z --until 2026-11-30T10:00:00Z \\",
        "      --settle 30s --json"})
public final class AuditCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;

  @Option(names = "--since", required = true, paramLabel = "TIME",
      description = "start of the window: an instant (2026-11-30T09:00:00Z) or a duration before now (30m, 2h)")
  Instant since;

  @Option(names = "--until", paramLabel = "TIME", description = "end of the window, excluded (default: now)")
  Instant until;

  @Option(names = "--settle", defaultValue = "5s", paramLabel = "DURATION",
      description = "judge once nothing new has arrived for this long (default: ${DEFAULT-VALUE})")
  Duration settle;

  @Option(names = "--timeout", defaultValue = "2m", paramLabel = "DURATION",
      description = "read at most this long before judging anyway; also how long Kafka may take to answer "
          + "(default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--required", paramLabel = "RESULTS",
      defaultValue = "${env:DOCINTEL_ENRICHER_REQUIRED:-extraction,classification,summary}",
      description = "results a whole enriched record holds, as the enricher's DOCINTEL_ENRICHER_REQUIRED "
          + "(default: ${DEFAULT-VALUE})")
  String required;

  @Option(names = "--json", description = "print one JSON object (window, counts, every document's verdict)")
  boolean json;

  @Override
  public Integer call() {
    Instant end = until == null ? Instant.now() : until;
    Set<ResultKind> requiredResults;
    try {
      requiredResults = ResultKind.parseList(required);
    } catch (IllegalArgumentException e) {
      System.err.println("--required: " + e.getMessage());
      return 2;
    }
    if (!since.isBefore(end)) {
      System.err.println("--since " + since + " must be before --until " + end);
      return 2;
    }
    AuditInput input;
    try (AuditReader reader = new AuditReader(cluster.kafka(), cluster.registry())) {
      input = reader.read(settle, timeout);
    } catch (KafkaException | SchemaRegistryException | IllegalStateException e) {
      System.err.println("audit failed: " + e.getMessage());
      return 2;
    }
    AuditReport report = new Audit(requiredResults).judge(since, end, input.posted(), input.enriched(),
        input.deadLetters());
    AuditWindow window = new AuditWindow(since, end, settle, input.settled());
    System.out.print(json ? ReportFormat.json(report, window) + "\n" : ReportFormat.table(report, window));
    return report.clean() ? 0 : 1;
  }
}
