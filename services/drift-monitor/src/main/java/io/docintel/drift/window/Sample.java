package io.docintel.drift.window;

/**
 * What one prediction adds to the bounded samples of a window or reference: its top-label
 * confidence, or NaN once the confidence sample is full, and its embedding, or an empty array
 * once the embedding sample is full or if it has none. Samples only grow, so they are stored one
 * record each, apart from the {@link WindowStats} they belong to, and each is written once.
 */
public record Sample(double confidence, float[] embedding) {

  public boolean hasConfidence() {
    return !Double.isNaN(confidence);
  }

  public boolean hasEmbedding() {
    return embedding.length > 0;
  }
}
