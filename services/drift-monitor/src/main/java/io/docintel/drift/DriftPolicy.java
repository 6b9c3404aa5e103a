package io.docintel.drift;

import io.docintel.common.config.Config;
import io.docintel.drift.report.Thresholds;
import io.docintel.drift.window.SampleLimits;
import java.time.Duration;
import java.util.List;

/**
 * How the drift monitor windows, samples and grades: the values of {@link DriftSettings}, so the
 * topology can be built from config or, in tests, directly.
 */
public record DriftPolicy(List<View> views, Duration grace, int referenceSize, SampleLimits limits,
    double mmdBandwidth, int minWindowDocuments, Thresholds thresholds) {

  public DriftPolicy {
    views = List.copyOf(views);
    if (referenceSize < 1) {
      throw new IllegalArgumentException("reference size must be at least 1");
    }
  }

  public static DriftPolicy from(Config config) {
    return new DriftPolicy(config.get(DriftSettings.WINDOWS), config.get(DriftSettings.GRACE),
        config.get(DriftSettings.REFERENCE_SIZE),
        new SampleLimits(config.get(DriftSettings.CONFIDENCE_SAMPLE), config.get(DriftSettings.EMBEDDING_SAMPLE),
            config.get(DriftSettings.LOW_CONFIDENCE), config.get(DriftSettings.SHORT_DOCUMENT_TOKENS)),
        config.get(DriftSettings.MMD_BANDWIDTH), config.get(DriftSettings.MIN_WINDOW_DOCUMENTS),
        config.get(DriftSettings.THRESHOLDS));
  }
}
