package io.docintel.enricher.join;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The per-document results the enricher joins: the extractor's, the classifier's, the summarizer's. */
public enum ResultKind {
  EXTRACTION,
  CLASSIFICATION,
  SUMMARY;

  /** Lower-case name, as in settings and metric tags. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code extraction,classification,summary} (any order, any subset, at least one). */
  public static Set<ResultKind> parseList(String text) {
    Set<ResultKind> kinds = EnumSet.noneOf(ResultKind.class);
    for (String part : text.split(",")) {
      String name = part.trim().toUpperCase(Locale.ROOT);
      if (!name.isEmpty()) {
        try {
          kinds.add(valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown result '" + part.trim() + "'; expected any of "
              + Arrays.stream(values()).map(ResultKind::tag).collect(Collectors.joining(", ")));
        }
      }
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one of extraction, classification, summary is required");
    }
    return Set.copyOf(kinds);
  }
}
