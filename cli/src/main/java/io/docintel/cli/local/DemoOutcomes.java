package io.docintel.cli.local;

import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.EnrichedDocument;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What became of each posted demo document, printed as each outcome arrives. */
final class DemoOutcomes {

  private final Map<String, String> posted;
  private final PrintStream out;
  private final Set<String> enriched = new HashSet<>();
  private final Set<String> deadLettered = new HashSet<>();

  DemoOutcomes(Map<String, String> posted, PrintStream out) {
    this.posted = posted;
    this.out = out;
  }

  void enriched(String id, EnrichedDocument document) {
    String fileName = posted.get(id);
    if (fileName == null || !enriched.add(id)) {
      return;
    }
    out.printf("✓ %s%n", fileName);
    EnrichedSummary.lines(document).forEach(out::println);
  }

  void deadLettered(byte[] key, DeadLetter letter) {
    String id = key == null ? "" : new String(key, StandardCharsets.UTF_8);
    String fileName = posted.get(id);
    if (fileName == null || !deadLettered.add(id)) {
      return;
    }
    out.printf("✗ %-28s dead-lettered to docintel.%s.dlq.v1 at %s: %s%n", fileName, letter.getService(),
        letter.getStage(), letter.getErrorMessage());
  }

  boolean complete() {
    return enriched.size() + deadLettered.size() >= posted.size();
  }

  String summary() {
    int missing = posted.size() - enriched.size() - deadLettered.size();
    return String.format("%d documents: %d enriched, %d dead-lettered%s", posted.size(), enriched.size(),
        deadLettered.size(), missing > 0 ? ", " + missing + " without an outcome (timed out)" : "");
  }
}
