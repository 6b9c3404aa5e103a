package io.docintel.summarizer.extractive;

import io.docintel.summarizer.rank.SentenceRanker.Ranked;
import java.util.List;

/**
 * The sentences an extractive summary consists of, in reading order (indices into the
 * document's sentences), how many of the document's chunks were read to choose them, and the
 * time spent computing embeddings.
 */
public record ExtractiveSelection(List<Ranked> sentences, int chunksCovered, int chunksTotal, long embeddingMillis) {

  public ExtractiveSelection {
    sentences = List.copyOf(sentences);
  }
}
