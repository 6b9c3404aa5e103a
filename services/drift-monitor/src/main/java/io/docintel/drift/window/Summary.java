package io.docintel.drift.window;

import io.docintel.drift.observe.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything drift metrics are computed from for one window or reference: its
 * {@link WindowStats} and, in the order they were taken, its {@link Sample}s.
 */
public final class Summary {

  private final WindowStats stats;
  private final List<Sample> samples;

  /** An empty summary, to add observations to. */
  public Summary() {
    this(new WindowStats(), new ArrayList<>());
  }

  /** The summary of stored statistics and the samples read back for them. */
  public Summary(WindowStats stats, List<Sample> samples) {
    if (samples.size() != stats.samples()) {
      throw new IllegalArgumentException(
          "statistics count " + stats.samples() + " samples but " + samples.size() + " were given");
    }
    this.stats = stats;
    this.samples = new ArrayList<>(samples);
  }

  /** Adds one observation to the statistics, and its sample, if any, to the samples. */
  public void add(Observation observation, SampleLimits limits) {
    Sample sample = stats.add(observation, limits);
    if (sample != null) {
      samples.add(sample);
    }
  }

  public WindowStats stats() {
    return stats;
  }

  /** The samples, in the order they were taken. */
  public List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** The kept top-label confidences. */
  public double[] confidences() {
    return samples.stream().filter(Sample::hasConfidence).mapToDouble(Sample::confidence).toArray();
  }

  /** The kept embeddings. */
  public List<float[]> embeddings() {
    return samples.stream().filter(Sample::hasEmbedding).map(Sample::embedding).toList();
  }
}
