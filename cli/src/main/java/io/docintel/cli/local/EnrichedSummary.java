package io.docintel.cli.local;

import io.docintel.schemas.Classification;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The few lines the demo prints for one enriched document. */
final class EnrichedSummary {

  private static final int PREVIEW_CHARS = 150;
  private static final Pattern REDACTION_MARK = Pattern.compile("\\[[A-Z_]+(?::[0-9a-f]+)?\\]");

  private EnrichedSummary() {}

  static List<String> lines(EnrichedDocument document) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("    language %s · sha256 %s… · %s", document.getLanguage(),
        document.getContentSha256().substring(0, 12), document.getComplete() ? "complete" : "INCOMPLETE"));
    Classification classification = document.getClassification();
    if (classification != null && !classification.getLabels().isEmpty()) {
      LabelScore top = classification.getLabels().get(0);
      lines.add(String.format("    label     %s (%.2f) by %s%s, prototypes %s", top.getLabel(), top.getScore(),
          classification.getProvenance().getModel() == null ? "?" : classification.getProvenance().getModel().getName(),
          classification.getEscalated() ? " after escalation" : "",
          classification.getPrototypeVersion() == null ? "-" : classification.getPrototypeVersion()));
    }
    Extraction extraction = document.getExtraction();
    if (extraction != null) {
      long personal = extraction.getEntities().stream().filter(Entity::getPersonalData).count();
      lines.add(String.format("    entities  %d (%d personal data): %s", extraction.getEntities().size(), personal,
          countsByType(extraction.getEntities())));
      if (extraction.getRedactedText() != null && personal > 0) {
        lines.add(String.format("    redacted  \"%s\"", aroundFirstRedaction(extraction.getRedactedText())));
      }
      if (!extraction.getKeyFields().isEmpty()) {
        lines.add("    fields    " + extraction.getKeyFields());
      }
    }
    Summary summary = document.getSummary();
    if (summary != null) {
      lines.add(String.format("    summary   \"%s\"", preview(summary.getText())));
    }
    return lines;
  }

  private static String countsByType(List<Entity> entities) {
    Map<String, Long> counts = entities.stream()
        .collect(Collectors.groupingBy(Entity::getType, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
  }

  /** Some context either side of the first masked mention. */
  private static String aroundFirstRedaction(String redacted) {
    Matcher mask = REDACTION_MARK.matcher(redacted);
    int at = mask.find() ? mask.start() : 0;
    int from = Math.max(0, at - 50);
    return (from > 0 ? "…" : "") + preview(redacted.substring(from));
  }

  private static String preview(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
  }
}
