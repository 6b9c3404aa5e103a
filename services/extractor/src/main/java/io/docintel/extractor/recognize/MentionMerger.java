package io.docintel.extractor.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping mentions into one consistent set in text order: a deterministic mention
 * beats a model's, then the longer beats the shorter, then the more confident; exact repeats
 * (as from overlapping chunks) collapse into one.
 */
public final class MentionMerger {

  private static final Comparator<Mention> PRIORITY = Comparator
      .comparing((Mention m) -> !PatternRecognizer.NAME.equals(m.recognizer()))
      .thenComparing(Comparator.comparingInt(Mention::length).reversed())
      .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
      .thenComparingInt(Mention::start);

  private MentionMerger() {}

  public static List<Mention> merge(List<Mention> mentions) {
    List<Mention> byPriority = new ArrayList<>(mentions);
    byPriority.sort(PRIORITY);
    List<Mention> kept = new ArrayList<>();
    for (Mention candidate : byPriority) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return kept;
  }
}
