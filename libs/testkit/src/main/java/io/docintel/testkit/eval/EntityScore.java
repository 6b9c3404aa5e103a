package io.docintel.testkit.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-extraction figures against the annotated documents of an evaluation set.
 *
 * <p>A prediction matches a gold mention when type, start and end are all equal. Per type
 * (the {@link EntityTypes#ANNOTATED} types) this gives precision, recall and F1; summing the
 * counts over {@link EntityTypes#DETERMINISTIC} gives micro-F1. Predictions of other types
 * (ORGANIZATION, LOCATION, ...) and predictions for unannotated or unknown documents are
 * ignored, since the set does not annotate them. PII recall is the share of personal-data
 * mentions that some predicted personal-data entity (flagged, or of a personal-data type)
 * overlaps by at least one character, whatever its type: what a redactor would hide.
 * Pure: holds no model and reads no files.
 */
public final class EntityScore {

  private final Map<String, MatchCounts> perType;
  private final int documents;
  private final int personalDataMentions;
  private final int personalDataCovered;
  private final int normalizable;
  private final int normalizedCorrectly;

  private EntityScore(Map<String, MatchCounts> perType, int documents, int personalDataMentions,
      int personalDataCovered, int normalizable, int normalizedCorrectly) {
    this.perType = Map.copyOf(perType);
    this.documents = documents;
    this.personalDataMentions = personalDataMentions;
    this.personalDataCovered = personalDataCovered;
    this.normalizable = normalizable;
    this.normalizedCorrectly = normalizedCorrectly;
  }

  /**
   * Scores predictions, keyed by document id, against the annotated documents in {@code gold};
   * a document without an entry in {@code predictions} counts as having no predictions.
   */
  public static EntityScore of(List<LabelledDocument> gold, Map<String, List<PredictedEntity>> predictions) {
    Map<String, MatchCounts> perType = new LinkedHashMap<>();
    EntityTypes.ANNOTATED.forEach(type -> perType.put(type, MatchCounts.NONE));
    int documents = 0;
    int piiMentions = 0;
    int piiCovered = 0;
    int normalizable = 0;
    int normalizedCorrectly = 0;
    for (LabelledDocument document : gold) {
      if (!document.annotated()) {
        continue;
      }
      documents++;
      List<PredictedEntity> predicted = predictions.getOrDefault(document.id(), List.of());
      Map<Span, PredictedEntity> predictedSpans = new HashMap<>();
      for (PredictedEntity entity : predicted) {
        if (EntityTypes.ANNOTATED.contains(entity.type())) {
          predictedSpans.putIfAbsent(new Span(entity.type(), entity.start(), entity.end()), entity);
        }
      }
      Set<Span> goldSpans = new HashSet<>();
      for (AnnotatedEntity entity : document.entities()) {
        Span span = new Span(entity.type(), entity.start(), entity.end());
        if (!goldSpans.add(span)) {
          continue;
        }
        PredictedEntity match = predictedSpans.get(span);
        perType.merge(entity.type(), new MatchCounts(match == null ? 0 : 1, 0, match == null ? 1 : 0),
            MatchCounts::plus);
        if (match != null && entity.normalized() != null) {
          normalizable++;
          if (entity.normalized().equals(match.normalized())) {
            normalizedCorrectly++;
          }
        }
        if (entity.personalData()) {
          piiMentions++;
          if (coveredByPersonalData(entity, predicted)) {
            piiCovered++;
          }
        }
      }
      for (Span span : predictedSpans.keySet()) {
        if (!goldSpans.contains(span)) {
          perType.merge(span.type(), new MatchCounts(0, 1, 0), MatchCounts::plus);
        }
      }
    }
    return new EntityScore(perType, documents, piiMentions, piiCovered, normalizable, normalizedCorrectly);
  }

  private static boolean coveredByPersonalData(AnnotatedEntity mention, List<PredictedEntity> predicted) {
    for (PredictedEntity entity : predicted) {
      boolean personal = entity.personalData() || EntityTypes.isPersonalData(entity.type());
      if (personal && mention.overlaps(entity.start(), entity.end())) {
        return true;
      }
    }
    return false;
  }

  /** Counts for one annotated type; {@link MatchCounts#NONE} for any other type. */
  public MatchCounts counts(String type) {
    return perType.getOrDefault(type, MatchCounts.NONE);
  }

  public double precision(String type) {
    return counts(type).precision();
  }

  public double recall(String type) {
    return counts(type).recall();
  }

  public double f1(String type) {
    return counts(type).f1();
  }

  /** Counts summed over the deterministic types. */
  public MatchCounts deterministic() {
    return EntityTypes.DETERMINISTIC.stream().map(this::counts).reduce(MatchCounts.NONE, MatchCounts::plus);
  }

  /** Micro-averaged F1 over the deterministic types. */
  public double deterministicMicroF1() {
    return deterministic().f1();
  }

  /** Share of personal-data mentions overlapped by a predicted personal-data entity; 0 if none. */
  public double piiRecall() {
    return personalDataMentions == 0 ? 0.0 : (double) personalDataCovered / personalDataMentions;
  }

  public int personalDataMentions() {
    return personalDataMentions;
  }

  /**
   * Among exactly matched mentions that carry a normalized value (DATE, MONEY), the share whose
   * predicted normalized value is equal; 0 if there are none.
   */
  public double normalizationAccuracy() {
    return normalizable == 0 ? 0.0 : (double) normalizedCorrectly / normalizable;
  }

  /** Annotated documents scored. */
  public int documents() {
    return documents;
  }

  private record Span(String type, int start, int end) {}
}
