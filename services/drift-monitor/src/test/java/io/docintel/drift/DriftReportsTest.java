package io.docintel.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import io.docintel.drift.report.Thresholds;
import io.docintel.drift.window.OpenWindow;
import io.docintel.drift.window.SampleLimits;
import io.docintel.drift.window.Summary;
import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.DriftStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftReportsTest {

  static final SampleLimits LIMITS = new SampleLimits(100, 10, 0.5, 20);
  static final ModelKey TOKENIZER = new ModelKey(Kind.INPUT, "minilm-l6-q", "1.0");

  @Test
  void gradesEveryMetricAndReportsTheWorst() {
    DriftReport report = report(1, summary(List.of("en", "de")), summary(List.of("en", "en")));

    assertThat(report.getModel().getName()).isEqualTo("minilm-l6-q");
    assertThat(report.getModel().getVersion()).isEqualTo("1.0");
    assertThat(report.getView()).isEqualTo("5m");
    assertThat(report.getWindowStart()).isEqualTo(Instant.ofEpochMilli(0));
    assertThat(report.getWindowEnd()).isEqualTo(Instant.ofEpochMilli(300_000));
    assertThat(report.getDocuments()).isEqualTo(2);
    assertThat(report.getReferenceDocuments()).isEqualTo(2);
    // (1, 0) vs (0.5, 0.5): JS distance 0.557923, over the default alert of 0.2
    DriftMetric language = report.getMetrics().stream().filter(m -> m.getName().equals("input.language_js"))
        .findFirst().orElseThrow();
    assertThat(language.getStatus()).isEqualTo(DriftStatus.ALERT);
    assertThat(language.getWarn()).isEqualTo(0.1);
    assertThat(language.getAlert()).isEqualTo(0.2);
    assertThat(report.getStatus()).isEqualTo(DriftStatus.ALERT);
  }

  @Test
  void windowsBelowTheMinimumReportValuesButStayOk() {
    DriftReport report = report(3, summary(List.of("en", "de")), summary(List.of("en", "en")));

    assertThat(report.getMetrics()).extracting(DriftMetric::getStatus).containsOnly(DriftStatus.OK);
    assertThat(report.getMetrics()).anyMatch(m -> m.getValue() > 0.5);
    assertThat(report.getStatus()).isEqualTo(DriftStatus.OK);
  }

  private static DriftReport report(int minWindowDocuments, Summary window, Summary reference) {
    DriftReports reports = new DriftReports(new DriftPolicy(View.parseAll("5m"), Duration.ZERO, 10, LIMITS, 0,
        minWindowDocuments, Thresholds.DEFAULTS));
    return reports.of(new OpenWindow(TOKENIZER, "", "5m", 0, 300_000, window.stats()), window.samples(), reference);
  }

  private static Summary summary(List<String> languages) {
    Summary summary = new Summary();
    for (String language : languages) {
      summary.add(new Observation(TOKENIZER, "", "", new double[0], false, false, new float[0], 100, 1, language,
          Map.of(), false, false), LIMITS);
    }
    return summary;
  }
}
