package io.docintel.drift;

import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.drift.report.Thresholds;
import java.time.Duration;
import java.util.List;

/** The drift monitor's own settings, on top of {@code ServiceSettings}. */
public final class DriftSettings {

  public static final Setting<List<View>> WINDOWS =
      Setting.of("drift.windows", View::parseAll, View.parseAll("5m,1h"),
          "tumbling event-time window sizes, each a report view, e.g. 5m,1h");
  public static final Setting<Duration> GRACE =
      Setting.duration("drift.grace", Duration.ofSeconds(30),
          "how long after its end (in event time) a window still accepts late results");
  /**
   * {@code DOCINTEL_STREAMS_COMMIT_INTERVAL} with a default of 1 s instead of 100 ms. The drift
   * monitor is off the documents' path and its windows last minutes, while each commit is an
   * exactly-once transaction of its own at the broker; at 100 ms it committed once for each result
   * topic a document reaches it on (BENCHMARKS.md).
   */
  public static final Setting<Duration> COMMIT_INTERVAL =
      ServiceSettings.COMMIT_INTERVAL.withDefault(Duration.ofSeconds(1));
  public static final Setting<Integer> REFERENCE_SIZE =
      Setting.count("drift.reference.size", 200, "the first N results of a model version form its reference");
  public static final Setting<Integer> EMBEDDING_SAMPLE =
      Setting.count("drift.embedding.sample", 100, "embeddings per window and reference kept for MMD");
  public static final Setting<Integer> CONFIDENCE_SAMPLE =
      Setting.count("drift.confidence.sample", 10_000, "confidences per window kept for the KS statistic");
  public static final Setting<Double> MMD_BANDWIDTH =
      Setting.of("drift.mmd.bandwidth", Double::valueOf, 0.0, "RBF kernel bandwidth for MMD; 0 = median heuristic");
  public static final Setting<Double> LOW_CONFIDENCE =
      Setting.of("drift.low.confidence", Double::valueOf, 0.5, "a top-label confidence below this counts as low");
  public static final Setting<Integer> SHORT_DOCUMENT_TOKENS =
      Setting.integer("drift.short.document.tokens", 20, "a document with fewer tokens counts as empty or short");
  public static final Setting<Integer> MIN_WINDOW_DOCUMENTS =
      Setting.integer("drift.min.window.documents", 30,
          "windows with fewer documents report their values but always status OK");
  public static final Setting<Thresholds> THRESHOLDS =
      Setting.of("drift.thresholds", Thresholds.DEFAULTS::with, Thresholds.DEFAULTS,
          "overrides as metric=warn:alert,..., e.g. prediction.psi=0.2:0.5");

  public static final List<Setting<?>> ALL = List.of(WINDOWS, GRACE, REFERENCE_SIZE, EMBEDDING_SAMPLE,
      CONFIDENCE_SAMPLE, MMD_BANDWIDTH, LOW_CONFIDENCE, SHORT_DOCUMENT_TOKENS, MIN_WINDOW_DOCUMENTS, THRESHOLDS);

  private DriftSettings() {}
}
