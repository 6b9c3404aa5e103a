package io.docintel.drift.stats;

import java.util.Map;

/**
 * Population stability index between a reference and a current distribution over the same
 * categories: {@code sum((c - r) * ln(c / r))}. 0 means identical; by a common rule of thumb
 * below 0.1 is stable, 0.1–0.25 a moderate shift, above 0.25 a large one.
 *
 * <p>A category empty on one side would make the index infinite, so every proportion below
 * {@link #EPSILON} is raised to it (without renormalizing); with no data on either side the index
 * is 0.
 */
public final class Psi {

  /** Floor for a proportion, so an empty bin counts as rare rather than impossible. */
  public static final double EPSILON = 1e-4;

  private Psi() {}

  /** PSI between two histograms given as counts per category; categories are the union of keys. */
  public static double of(Map<String, Long> reference, Map<String, Long> current) {
    return of(Distributions.aligned(reference, current), Distributions.aligned(current, reference));
  }

  /** PSI between two histograms of counts over the same bins, in the same order. */
  public static double of(long[] reference, long[] current) {
    return ofProportions(Distributions.proportions(reference), Distributions.proportions(current));
  }

  /** PSI between two probability vectors over the same bins. */
  public static double ofProportions(double[] reference, double[] current) {
    Distributions.requireSameLength(reference, current);
    if (Distributions.isEmpty(reference) || Distributions.isEmpty(current)) {
      return 0;
    }
    double psi = 0;
    for (int i = 0; i < reference.length; i++) {
      double r = Math.max(reference[i], EPSILON);
      double c = Math.max(current[i], EPSILON);
      psi += (c - r) * Math.log(c / r);
    }
    return psi;
  }
}
