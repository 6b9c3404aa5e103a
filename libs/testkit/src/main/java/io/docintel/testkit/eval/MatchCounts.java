package io.docintel.testkit.eval;

/**
 * True positives, false positives and false negatives for one class (a label or an entity
 * type), with the precision, recall and F1 they give. Each ratio is 0 when its denominator is 0.
 */
public record MatchCounts(int truePositives, int falsePositives, int falseNegatives) {

  public static final MatchCounts NONE = new MatchCounts(0, 0, 0);

  public MatchCounts plus(MatchCounts other) {
    return new MatchCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Gold items of this class: true positives plus false negatives. */
  public int support() {
    return truePositives + falseNegatives;
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0.0 : numerator / denominator;
  }
}
