package io.docintel.summarizer.extractive;

import io.docintel.inference.pipeline.embedding.Embedding;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import java.util.List;

/**
 * Vectors for a batch of sentences, in order: the seam between selection and the model, so
 * that selection is tested on hand-made vectors. In the service it is a {@link TextEmbedder}.
 */
@FunctionalInterface
public interface SentenceVectors {

  List<float[]> embedAll(List<String> sentences);

  /** All sentences of one call go to the embedder's {@code embedAll} together. */
  static SentenceVectors of(TextEmbedder embedder) {
    return sentences -> embedder.embedAll(sentences).stream().map(Embedding::vector).toList();
  }
}
