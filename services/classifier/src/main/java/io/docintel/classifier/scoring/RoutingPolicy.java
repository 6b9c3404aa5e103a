package io.docintel.classifier.scoring;

/**
 * When the cheap model's answer stands: its top confidence is at least the threshold, or there is
 * no stronger model to ask. Pure.
 */
public record RoutingPolicy(double threshold, boolean strongModelAvailable) {

  public RoutingPolicy {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("escalation threshold must be between 0 and 1 but was " + threshold);
    }
  }

  public boolean escalate(double cheapTopConfidence) {
    return strongModelAvailable && cheapTopConfidence < threshold;
  }
}
