package io.docintel.drift.report;

import static io.docintel.drift.report.MetricNames.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * WARN and ALERT thresholds per metric. Distances (PSI, JS, KS, MMD, cosine) are compared as
 * they are; the confidence and rate metrics are absolute differences between the window's and
 * the reference's value (0.1 means ten percentage points); entities per 1k tokens are compared
 * by relative change. A metric named {@code family.member} without its own thresholds uses its
 * family's (so {@code extraction.per_1k_tokens.PERSON} uses {@code extraction.per_1k_tokens}).
 */
public record Thresholds(Map<String, Threshold> byMetric) {

  /** Defaults: PSI's usual 0.1 / 0.25; the others chosen to stay quiet on sampling noise of ~100 documents. */
  public static final Thresholds DEFAULTS = new Thresholds(defaults());

  public Thresholds {
    byMetric = Map.copyOf(byMetric);
  }

  /** The thresholds of {@code metric}, or else of its family (the name without its last segment). */
  public Threshold of(String metric) {
    Threshold threshold = byMetric.get(metric);
    int dot = metric.lastIndexOf('.');
    if (threshold == null && dot > 0) {
      threshold = byMetric.get(metric.substring(0, dot));
    }
    if (threshold == null) {
      throw new IllegalArgumentException("no thresholds for metric " + metric);
    }
    return threshold;
  }

  /**
   * These thresholds with overrides in the form {@code metric=warn:alert[,metric=warn:alert...]},
   * e.g. {@code prediction.psi=0.2:0.5,embedding.mmd=0.1:0.3}. Blank means no overrides.
   */
  public Thresholds with(String overrides) {
    Map<String, Threshold> merged = new LinkedHashMap<>(byMetric);
    if (overrides.isBlank()) {
      return this;
    }
    for (String item : overrides.split(",")) {
      String[] pair = item.trim().split("=", 2);
      String[] levels = pair.length == 2 ? pair[1].split(":", 2) : new String[0];
      if (levels.length != 2) {
        throw new IllegalArgumentException("expected metric=warn:alert, got '" + item.trim() + "'");
      }
      String metric = pair[0].trim();
      int dot = metric.lastIndexOf('.');
      if (!merged.containsKey(metric) && !(dot > 0 && merged.containsKey(metric.substring(0, dot)))) {
        throw new IllegalArgumentException("unknown metric '" + metric + "'; known: " + merged.keySet());
      }
      merged.put(metric, new Threshold(Double.parseDouble(levels[0].trim()), Double.parseDouble(levels[1].trim())));
    }
    return new Thresholds(merged);
  }

  /** The same form {@link #with} reads, sorted by metric, e.g. for the config shown at start. */
  @Override
  public String toString() {
    return new TreeMap<>(byMetric).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().warn() + ":" + e.getValue().alert())
        .collect(Collectors.joining(","));
  }

  private static Map<String, Threshold> defaults() {
    Map<String, Threshold> t = new LinkedHashMap<>();
    t.put(PREDICTION_PSI, new Threshold(0.1, 0.25));
    t.put(PREDICTION_JS, new Threshold(0.1, 0.2));
    t.put(CONFIDENCE_MEAN, new Threshold(0.05, 0.1));
    t.put(CONFIDENCE_ENTROPY, new Threshold(0.1, 0.25));
    t.put(CONFIDENCE_LOW_SHARE, new Threshold(0.1, 0.2));
    t.put(CONFIDENCE_KS, new Threshold(0.2, 0.3));
    t.put(ESCALATION_RATE, new Threshold(0.1, 0.2));
    t.put(TRUNCATION_RATE, new Threshold(0.1, 0.2));
    t.put(EMBEDDING_CENTROID, new Threshold(0.05, 0.15));
    t.put(EMBEDDING_MMD, new Threshold(0.1, 0.2));
    t.put(LENGTH_PSI, new Threshold(0.1, 0.25));
    t.put(LANGUAGE_JS, new Threshold(0.1, 0.2));
    t.put(CHUNKING_RATE, new Threshold(0.1, 0.2));
    t.put(EMPTY_SHORT_RATE, new Threshold(0.05, 0.1));
    t.put(UNKNOWN_TOKEN_RATE, new Threshold(0.01, 0.03));
    t.put(ENTITY_TYPE_JS, new Threshold(0.1, 0.2));
    t.put(PII_RATE, new Threshold(0.1, 0.2));
    // Relative change (0.5 = half as many again, or half as few); for all types and each type.
    t.put(ENTITIES_PER_1K, new Threshold(0.5, 1.0));
    t.put(ACCURACY_DROP, new Threshold(0.05, 0.1));
    return t;
  }
}
