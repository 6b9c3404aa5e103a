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

  private MetricNames() {}
}
