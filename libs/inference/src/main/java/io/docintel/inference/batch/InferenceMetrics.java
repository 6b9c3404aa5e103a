package io.docintel.inference.batch;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Per-model inference meters, named {@code docintel.inference.<measure>} and tagged with the
 * bounded tags {@code model}, {@code model.version} and {@code device}.
 */
public final class InferenceMetrics {

  public static final String BATCH_SIZE = "docintel.inference.batch.size";
  public static final String PADDING_RATIO = "docintel.inference.padding.ratio";
  public static final String QUEUE_WAIT = "docintel.inference.queue.wait";
  public static final String INFERENCE_TIME = "docintel.inference.time";
  public static final String QUEUE_DEPTH = "docintel.inference.queue.depth";
  /** Gauge at 1 for the device a model runs on, tagged {@code device=cpu|cuda:0|…}. */
  public static final String DEVICE = "docintel.inference.device";

  private final DistributionSummary batchSize;
  private final DistributionSummary paddingRatio;
  private final Timer queueWait;
  private final Timer inferenceTime;
  private final MeterRegistry registry;
  private final Tags tags;

  public InferenceMetrics(MeterRegistry registry, String model, String version, String device) {
    this.registry = registry;
    this.tags = Tags.of("model", model, "model.version", version, "device", device);
    this.batchSize = DistributionSummary.builder(BATCH_SIZE).description("Sequences per executed batch")
        .tags(tags).register(registry);
    this.paddingRatio = DistributionSummary.builder(PADDING_RATIO)
        .description("Share of padded positions per executed batch").tags(tags).register(registry);
    this.queueWait = Timer.builder(QUEUE_WAIT).description("Time a request waited before its batch ran")
        .tags(tags).register(registry);
    // Histogram buckets, so that Prometheus can compute the p99 the latency alert watches.
    this.inferenceTime = Timer.builder(INFERENCE_TIME).description("Model execution time per batch")
        .publishPercentileHistogram().tags(tags).register(registry);
    Gauge.builder(DEVICE, () -> 1).description("Device the model runs on").tags(tags).register(registry);
  }

  /** Meters for a loaded model, tagged with its name, version and actual device. */
  public static InferenceMetrics forModel(MeterRegistry registry, io.docintel.inference.model.LoadedModel model) {
    return new InferenceMetrics(registry, model.identity().name(), model.identity().version(),
        model.device().toString());
  }

  /** Meters that go nowhere, for callers without a registry. */
  public static InferenceMetrics discarding(String model, String version, String device) {
    return new InferenceMetrics(new SimpleMeterRegistry(), model, version, device);
  }

  public void queueDepth(java.util.Collection<?> queue) {
    Gauge.builder(QUEUE_DEPTH, queue, java.util.Collection::size).tags(tags).register(registry);
  }

  public void recordBatch(int size, double padding, long nanos) {
    batchSize.record(size);
    paddingRatio.record(padding);
    inferenceTime.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordQueueWait(long nanos) {
    queueWait.record(nanos, TimeUnit.NANOSECONDS);
  }
}
