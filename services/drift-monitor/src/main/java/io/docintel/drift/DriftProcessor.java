package io.docintel.drift;

import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.observe.Observation;
import io.docintel.drift.report.DriftMeters;
import io.docintel.drift.window.OpenWindow;
import io.docintel.drift.window.Reference;
import io.docintel.drift.window.Sample;
import io.docintel.drift.window.Summary;
import io.docintel.drift.window.WindowStats;
import io.docintel.schemas.DriftReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Observations of one model (records arrive keyed by model) in, drift reports out. Each
 * observation joins its model's reference until that holds {@code referenceSize} observations,
 * and joins the event-time window of every view it falls into. When stream time passes a
 * window's end plus the grace period, the window is compared with the reference, reported under
 * the model's {@code name@version} key with the window's end as timestamp, and dropped.
 * A window that closes before its model's reference is full is compared with the reference so
 * far (its report says how many documents that holds; the very first window is largely its own
 * reference and so reads OK). Observations for a window already closed are counted and dropped.
 * A reset request on {@link ReferenceResets#TOPIC} makes the next observation of that model
 * start a new reference. The bounded samples of windows and references are kept one record each
 * in a {@link SampleStore}, so that what is rewritten at every commit stays small.
 */
final class DriftProcessor implements Processor<String, Observation, String, DriftReport> {

  /** Stores of references and open windows; "v2" since they keep their samples apart. */
  static final String REFERENCES = "drift-references-v2";
  static final String WINDOWS = "drift-windows-v2";

  private static final Logger log = LoggerFactory.getLogger(DriftProcessor.class);
  private static final Duration CLOSE_CHECK = Duration.ofSeconds(1);

  private final DriftPolicy policy;
  private final DriftReports reports;
  private final DriftMeters meters;
  private ProcessorContext<String, DriftReport> context;
  private KeyValueStore<String, Reference> references;
  private KeyValueStore<String, Long> resets;
  private KeyValueStore<String, OpenWindow> windows;
  private SampleStore samples;

  DriftProcessor(DriftPolicy policy, DriftMeters meters) {
    this.policy = policy;
    this.reports = new DriftReports(policy);
    this.meters = meters;
  }

  @Override
  public void init(ProcessorContext<String, DriftReport> context) {
    this.context = context;
    this.references = context.getStateStore(REFERENCES);
    this.windows = context.getStateStore(WINDOWS);
    this.resets = context.getStateStore(ReferenceResets.STORE);
    this.samples = new SampleStore(context.getStateStore(SampleStore.NAME));
    context.schedule(CLOSE_CHECK, PunctuationType.STREAM_TIME, ignored -> closeWindows());
  }

  @Override
  public void process(Record<String, Observation> record) {
    Observation observation = record.value();
    if (observation == null) {
      return;
    }
    ModelKey model = observation.key();
    Long reset = resets.get(model.reportKey());
    long generation = reset == null ? 0 : reset;
    Reference reference = references.get(model.text());
    if (reference != null && reference.generation() != generation) {
      log.info("drift {} {}: reference reset, rebuilding it", model.kind(), model.reportKey());
      samples.deleteAll(SampleStore.referenceOwner(model.text(), reference.generation()));
      reference = null;
    }
    if (reference == null) {
      reference = new Reference(generation, new WindowStats());
    }
    if (reference.stats().documents() < policy.referenceSize()) {
      add(observation, reference.stats(), SampleStore.referenceOwner(model.text(), generation));
      references.put(model.text(), reference);
    }
    long time = record.timestamp();
    long streamTime = context.currentStreamTimeMs();
    for (View view : policy.views()) {
      long size = view.size().toMillis();
      long start = time - Math.floorMod(time, size);
      long end = start + size;
      if (end + policy.grace().toMillis() <= streamTime) {
        meters.lateObservation();
        continue;
      }
      String key = OpenWindow.storeKey(model, view.name(), start);
      OpenWindow window = windows.get(key);
      if (window == null) {
        window = new OpenWindow(model, observation.sha256(), view.name(), start, end, new WindowStats());
      }
      add(observation, window.stats(), SampleStore.windowOwner(key));
      windows.put(key, window);
    }
  }

  private void add(Observation observation, WindowStats stats, String owner) {
    Sample sample = stats.add(observation, policy.limits());
    if (sample != null) {
      samples.put(owner, stats.samples() - 1, sample);
    }
  }

  private void closeWindows() {
    long streamTime = context.currentStreamTimeMs();
    List<KeyValue<String, OpenWindow>> closed = new ArrayList<>();
    try (KeyValueIterator<String, OpenWindow> all = windows.all()) {
      while (all.hasNext()) {
        KeyValue<String, OpenWindow> entry = all.next();
        if (entry.value.end() + policy.grace().toMillis() <= streamTime) {
          closed.add(entry);
        }
      }
    }
    for (KeyValue<String, OpenWindow> entry : closed) {
      OpenWindow window = entry.value;
      String owner = SampleStore.windowOwner(entry.key);
      DriftReport report = reports.of(window, samples.read(owner, window.stats().samples()), reference(window.model()));
      log.info("drift {} {} view {} from {}: {} over {} documents", window.model().kind(),
          window.model().reportKey(), window.view(), report.getWindowStart(), report.getStatus(),
          report.getDocuments());
      meters.record(report);
      context.forward(new Record<>(window.model().reportKey(), report, window.end()));
      windows.delete(entry.key);
      samples.deleteAll(owner);
    }
  }

  private Summary reference(ModelKey model) {
    Reference reference = references.get(model.text());
    if (reference == null) {
      return new Summary();
    }
    String owner = SampleStore.referenceOwner(model.text(), reference.generation());
    return new Summary(reference.stats(), samples.read(owner, reference.stats().samples()));
  }
}
