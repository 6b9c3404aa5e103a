package io.docintel.drift.report;

import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The drift monitor's Prometheus meters. For the latest closed window of each model version,
 * view and metric: {@value #VALUE} (the metric's value) and {@value #STATUS} (0 OK, 1 WARN,
 * 2 ALERT; metric {@value #OVERALL} is the worst of them). {@value #LATE} counts observations
 * that arrived after their window had closed. Tags are bounded: model, model.version, metric,
 * view. Thread-safe; the registry belongs to the service.
 */
public final class DriftMeters {

  public static final String VALUE = "docintel.drift.value";
  public static final String STATUS = "docintel.drift.status";
  public static final String LATE = "docintel.drift.late.records";
  public static final String OVERALL = "overall";

  private final MeterRegistry registry;
  private final Map<Tags, AtomicReference<Double>> values = new ConcurrentHashMap<>();
  private final Map<Tags, AtomicReference<Double>> statuses = new ConcurrentHashMap<>();
  private final Counter late;

  public DriftMeters(MeterRegistry registry) {
    this.registry = registry;
    this.late = Counter.builder(LATE).description("observations dropped because their window had closed")
        .register(registry);
  }

  /** Sets the gauges of every metric in {@code report}. */
  public void record(DriftReport report) {
    Tags model = Tags.of("model", report.getModel().getName(), "model.version", report.getModel().getVersion(),
        "view", report.getView());
    for (DriftMetric metric : report.getMetrics()) {
      Tags tags = model.and("metric", metric.getName());
      set(values, VALUE, "latest value of a drift metric", tags, metric.getValue());
      set(statuses, STATUS, "drift status: 0 OK, 1 WARN, 2 ALERT", tags, metric.getStatus().ordinal());
    }
    set(statuses, STATUS, "drift status: 0 OK, 1 WARN, 2 ALERT", model.and("metric", OVERALL),
        report.getStatus().ordinal());
  }

  public void lateObservation() {
    late.increment();
  }

  private void set(Map<Tags, AtomicReference<Double>> holders, String name, String description, Tags tags,
      double value) {
    holders.computeIfAbsent(tags, t -> {
      AtomicReference<Double> holder = new AtomicReference<>(value);
      Gauge.builder(name, holder, AtomicReference::get).description(description).tags(t).register(registry);
      return holder;
    }).set(value);
  }
}
