package io.docintel.inference.pipeline.embedding;

import io.docintel.inference.model.ModelIdentity;

/**
 * A unit-length sentence vector, the model that made it, how many tokens (special tokens
 * included) it saw, and whether the text was cut to the model's maximum length.
 */
public record Embedding(float[] vector, ModelIdentity model, int tokens, boolean truncated) {

  public double cosine(Embedding other) {
    return Vectors.cosine(vector, other.vector);
  }
}
