package io.docintel.drift;

import io.docintel.drift.report.DriftCalculator;
import io.docintel.drift.report.Threshold;
import io.docintel.drift.window.OpenWindow;
import io.docintel.drift.window.Sample;
import io.docintel.drift.window.Summary;
import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.DriftStatus;
import io.docintel.schemas.ModelIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a closed window, as summarized, and its model's reference into a graded {@link DriftReport}. */
public final class DriftReports {

  private final DriftPolicy policy;
  private final DriftCalculator calculator;

  public DriftReports(DriftPolicy policy) {
    this.policy = policy;
    this.calculator = new DriftCalculator(policy.mmdBandwidth());
  }

  /** The report of {@code window}, which took {@code samples}, against {@code reference}. */
  public DriftReport of(OpenWindow window, List<Sample> samples, Summary reference) {
    Summary observed = new Summary(window.stats(), samples);
    Map<String, Double> values = calculator.metrics(window.model().kind(), reference, observed);
    boolean enough = window.stats().documents() >= policy.minWindowDocuments();
    List<DriftMetric> metrics = new ArrayList<>();
    DriftStatus worst = DriftStatus.OK;
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      Threshold threshold = policy.thresholds().of(entry.getKey());
      DriftStatus status = enough ? threshold.grade(entry.getValue()) : DriftStatus.OK;
      metrics.add(DriftMetric.newBuilder().setName(entry.getKey()).setValue(entry.getValue())
          .setWarn(threshold.warn()).setAlert(threshold.alert()).setStatus(status).build());
      if (status.ordinal() > worst.ordinal()) {
        worst = status;
      }
    }
    return DriftReport.newBuilder()
        .setModel(ModelIdentity.newBuilder().setName(window.model().name()).setVersion(window.model().version())
            .setSha256(window.sha256()).build())
        .setWindowStart(Instant.ofEpochMilli(window.start()))
        .setWindowEnd(Instant.ofEpochMilli(window.end()))
        .setView(window.view())
        .setDocuments(window.stats().documents())
        .setReferenceDocuments(reference.stats().documents())
        .setMetrics(metrics)
        .setStatus(worst)
        .build();
  }
}
