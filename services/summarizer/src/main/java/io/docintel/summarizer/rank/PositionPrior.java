package io.docintel.summarizer.rank;

/**
 * A mild preference for sentences early in a document, where authors tend to state what the
 * document is about: {@code weight × (1 − position / count)}, from {@code weight} for the first
 * sentence down towards 0 for the last. Added to centrality, so with a weight of about 0.1 it
 * only breaks near-ties.
 */
public record PositionPrior(double weight) {

  public PositionPrior {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("position weight must be within [0, 1]: " + weight);
    }
  }

  /** The bonus of the sentence at {@code position} (from 0) of {@code count} sentences. */
  public double bonus(int position, int count) {
    if (position < 0 || position >= count) {
      throw new IllegalArgumentException("position " + position + " outside 0.." + (count - 1));
    }
    return weight * (1.0 - (double) position / count);
  }
}
