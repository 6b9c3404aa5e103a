package io.docintel.cli.local;

import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What became of each posted demo document, printed as each outcome arrives. */
final class DemoOutcomes {

  private static final int PREVIEW_CHARS = 110;

  private final Map<String, String> posted;
  private final PrintStream out;
  private final Set<String> normalized = new HashSet<>();
  private final Set<String> deadLettered = new HashSet<>();

  DemoOutcomes(Map<String, String> posted, PrintStream out) {
    this.posted = posted;
    this.out = out;
  }

  void normalized(String id, NormalizedDocument document) {
    String fileName = posted.get(id);
    if (fileName == null || !normalized.add(id)) {
      return;
    }
    out.printf("✓ %-28s %s → normalized in %d ms%n", fileName, document.getContentType(),
        document.getProvenance().getProcessingMillis());
    out.printf("    language %s (%.2f) · %,d chars · %d sentence(s) · %d chunk(s) · %,d tokens (%s) · sha256 %s…%n",
        document.getLanguage(), document.getLanguageConfidence(), document.getText().length(),
        document.getSentences().size(), document.getChunks().size(), document.getTokenCount(),
        document.getTokenizer(), document.getContentSha256().substring(0, 12));
    if (!document.getSentences().isEmpty()) {
      Span first = document.getSentences().get(0);
      out.printf("    first sentence: \"%s\"%n", preview(document.getText().substring(first.getStart(), first.getEnd())));
    }
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
    return normalized.size() + deadLettered.size() >= posted.size();
  }

  String summary() {
    int missing = posted.size() - normalized.size() - deadLettered.size();
    return String.format("%d documents: %d normalized, %d dead-lettered%s", posted.size(), normalized.size(),
        deadLettered.size(), missing > 0 ? ", " + missing + " without an outcome (timed out)" : "");
  }

  private static String preview(String sentence) {
    String oneLine = sentence.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
  }
}
