package io.docintel.classifier.scoring;

import java.util.List;

/**
 * When the cheap model's answer stands (its top confidence is at least the threshold, or there is
 * no stronger model to ask), and which chunks the stronger model scores when it decides: at most
 * {@code strongMaxChunks}, spread evenly over the ones the cheap model scored, so that escalating
 * a long document costs a bounded amount of the stronger model's time. Pure.
 */
public record RoutingPolicy(double threshold, boolean strongModelAvailable, int strongMaxChunks) {

  public RoutingPolicy {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("escalation threshold must be between 0 and 1 but was " + threshold);
    }
    if (strongMaxChunks < 1) {
      throw new IllegalArgumentException("escalation chunk limit must be at least 1 but was " + strongMaxChunks);
    }
  }

  public boolean escalate(double cheapTopConfidence) {
    return strongModelAvailable && cheapTopConfidence < threshold;
  }

  /** The chunks the stronger model scores, in document order. */
  public <T> List<T> strongChunks(List<T> cheapChunks) {
    return ChunkSelection.spread(cheapChunks, strongMaxChunks);
  }
}
