package io.docintel.drift.report;

import static io.docintel.drift.report.MetricNames.*;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.stats.CentroidDistance;
import io.docintel.drift.stats.JensenShannon;
import io.docintel.drift.stats.KolmogorovSmirnov;
import io.docintel.drift.stats.Mmd;
import io.docintel.drift.stats.Psi;
import io.docintel.drift.window.Summary;
import io.docintel.drift.window.WindowStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes a window's drift metrics against its model's reference. Which metrics depends on the
 * kind of observation; embedding metrics appear only when both sides have embeddings of the same
 * dimension.
 *
 * @param mmdBandwidth RBF bandwidth for MMD, or 0 for the median heuristic
 */
public record DriftCalculator(double mmdBandwidth) {

  /**
   * Relative change from {@code reference} to {@code window}, with the reference floored at 1
   * (one mention per 1k tokens) so that a type rare in the reference does not explode the ratio.
   */
  static double change(double reference, double window) {
    return Math.abs(window - reference) / Math.max(reference, 1);
  }

  /** Metric name to value, in a stable order. */
  public Map<String, Double> metrics(Kind kind, Summary referenceSummary, Summary windowSummary) {
    WindowStats reference = referenceSummary.stats();
    WindowStats window = windowSummary.stats();
    Map<String, Double> m = new LinkedHashMap<>();
    switch (kind) {
      case PREDICTION -> {
        m.put(PREDICTION_PSI, Psi.of(reference.labels(), window.labels()));
        m.put(PREDICTION_JS, JensenShannon.distance(reference.labels(), window.labels()));
        m.put(CONFIDENCE_MEAN, Math.abs(window.meanConfidence() - reference.meanConfidence()));
        m.put(CONFIDENCE_ENTROPY, Math.abs(window.meanEntropy() - reference.meanEntropy()));
        m.put(CONFIDENCE_LOW_SHARE, Math.abs(window.lowConfidenceRate() - reference.lowConfidenceRate()));
        m.put(CONFIDENCE_KS,
            KolmogorovSmirnov.statistic(referenceSummary.confidences(), windowSummary.confidences()));
        m.put(ESCALATION_RATE, Math.abs(window.escalationRate() - reference.escalationRate()));
        m.put(TRUNCATION_RATE, Math.abs(window.truncationRate() - reference.truncationRate()));
        double[] referenceSum = reference.embeddingSum();
        double[] windowSum = window.embeddingSum();
        if (referenceSum.length > 0 && referenceSum.length == windowSum.length) {
          m.put(EMBEDDING_CENTROID, CentroidDistance.cosine(referenceSum, windowSum));
          m.put(EMBEDDING_MMD, mmdBandwidth > 0
              ? Mmd.of(referenceSummary.embeddings(), windowSummary.embeddings(), mmdBandwidth)
              : Mmd.of(referenceSummary.embeddings(), windowSummary.embeddings()));
        }
      }
      case INPUT -> {
        m.put(LENGTH_PSI, Psi.of(reference.lengthHistogram(), window.lengthHistogram()));
        m.put(LANGUAGE_JS, JensenShannon.distance(reference.languages(), window.languages()));
        m.put(CHUNKING_RATE, Math.abs(window.chunkingRate() - reference.chunkingRate()));
        m.put(EMPTY_SHORT_RATE, Math.abs(window.emptyOrShortRate() - reference.emptyOrShortRate()));
        m.put(UNKNOWN_TOKEN_RATE, Math.abs(window.unknownTokenRate() - reference.unknownTokenRate()));
      }
      case FEEDBACK -> m.put(ACCURACY_DROP, Math.max(0, reference.accuracy() - window.accuracy()));
      case EXTRACTION -> {
        m.put(ENTITY_TYPE_JS, JensenShannon.distance(reference.entityTypes(), window.entityTypes()));
        m.put(PII_RATE, Math.abs(window.personalDataRate() - reference.personalDataRate()));
        if (reference.hasCountedTokens() && window.hasCountedTokens()) {
          m.put(ENTITIES_PER_1K,
              change(reference.entitiesPerThousandTokens(null), window.entitiesPerThousandTokens(null)));
          TreeSet<String> types = new TreeSet<>(reference.entityTypes().keySet());
          types.addAll(window.entityTypes().keySet());
          for (String type : types) {
            m.put(entitiesPer1k(type),
                change(reference.entitiesPerThousandTokens(type), window.entitiesPerThousandTokens(type)));
          }
        }
      }
    }
    return m;
  }
}
