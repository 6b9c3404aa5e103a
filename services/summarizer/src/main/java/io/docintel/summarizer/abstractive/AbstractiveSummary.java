package io.docintel.summarizer.abstractive;

import java.util.List;

/**
 * A generated summary: its sentences (split from the generated text), the score of the final
 * generation (length-normalized log-probability), chunks read, and time spent generating.
 */
public record AbstractiveSummary(List<String> sentences, double score, int chunksCovered, int chunksTotal,
    long generationMillis) {

  public AbstractiveSummary {
    sentences = List.copyOf(sentences);
  }
}
