package io.docintel.drift.report;

/** Names of the drift metrics, as they appear in reports and in the {@code metric} tag. */
public final class MetricNames {

  public static final String PREDICTION_PSI = "prediction.psi";
  public static final String PREDICTION_JS = "prediction.js";
  public static final String CONFIDENCE_MEAN = "confidence.mean";
  public static final String CONFIDENCE_ENTROPY = "confidence.entropy";
  public static final String CONFIDENCE_LOW_SHARE = "confidence.low_share";
  public static final String CONFIDENCE_KS = "confidence.ks";
  public static final String ESCALATION_RATE = "confidence.escalation_rate";
  public static final String TRUNCATION_RATE = "input.truncation_rate";
  public static final String EMBEDDING_CENTROID = "embedding.centroid_distance";
  public static final String EMBEDDING_MMD = "embedding.mmd";
  public static final String LENGTH_PSI = "input.length_psi";
  public static final String LANGUAGE_JS = "input.language_js";
  public static final String CHUNKING_RATE = "input.chunking_rate";
  public static final String EMPTY_SHORT_RATE = "input.empty_short_rate";
  public static final String UNKNOWN_TOKEN_RATE = "input.unknown_token_rate";
  public static final String ENTITY_TYPE_JS = "extraction.type_js";
  public static final String PII_RATE = "extraction.pii_rate";
  /** Change of all entities per 1k tokens; {@code extraction.per_1k_tokens.<TYPE>} for one type. */
  public static final String ENTITIES_PER_1K = "extraction.per_1k_tokens";
  /** How much lower than the reference's the accuracy of labels that received feedback is. */
  public static final String ACCURACY_DROP = "quality.accuracy_drop";

  /** The name of the per-1k-tokens metric of one entity type. */
  public static String entitiesPer1k(String type) {
    return ENTITIES_PER_1K + "." + type;
  }

  private MetricNames() {}
}
