package io.docintel.summarizer.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the sentences of a summary from a group of candidates: relevance is {@link Centrality}
 * within a context (the candidates themselves, or a wider set such as every sentence of the
 * document) plus the {@link PositionPrior} of each sentence's place in the document, and
 * {@link MmrSelector} picks for relevance and diversity. Out: the picked candidates in reading
 * order, each with its relevance as score.
 *
 * <p>Pure and thread-safe.
 */
public final class SentenceRanker {

  private final PositionPrior prior;
  private final MmrSelector selector;

  public SentenceRanker(PositionPrior prior, MmrSelector selector) {
    this.prior = prior;
    this.selector = selector;
  }

  /** One candidate: its sentence index in the document and its vector. */
  public record Candidate(int sentence, float[] vector) {}

  /** A picked sentence and its relevance. */
  public record Ranked(int sentence, double score) {}

  /**
   * The best {@code k} of {@code candidates} (sentences of a document of
   * {@code documentSentences} sentences), in reading order.
   */
  public List<Ranked> select(List<Candidate> candidates, int documentSentences, int k) {
    return select(candidates, candidates, documentSentences, k);
  }

  /**
   * As above, with centrality measured against {@code context} (which may hold the candidates;
   * a sentence is never compared with itself).
   */
  public List<Ranked> select(List<Candidate> candidates, List<Candidate> context, int documentSentences, int k) {
    List<float[]> vectors = candidates.stream().map(Candidate::vector).toList();
    Map<Integer, Integer> contextPosition = new HashMap<>();
    for (int j = 0; j < context.size(); j++) {
      contextPosition.put(context.get(j).sentence(), j);
    }
    int[] self = candidates.stream().mapToInt(c -> contextPosition.getOrDefault(c.sentence(), -1)).toArray();
    double[] relevance = Centrality.meanCosineWithin(vectors, self,
        context.stream().map(Candidate::vector).toList());
    for (int i = 0; i < relevance.length; i++) {
      relevance[i] += prior.bonus(candidates.get(i).sentence(), documentSentences);
    }
    List<Ranked> picked = new ArrayList<>();
    for (int index : selector.select(relevance, vectors, k)) {
      picked.add(new Ranked(candidates.get(index).sentence(), relevance[index]));
    }
    picked.sort(Comparator.comparingInt(Ranked::sentence));
    return picked;
  }
}
