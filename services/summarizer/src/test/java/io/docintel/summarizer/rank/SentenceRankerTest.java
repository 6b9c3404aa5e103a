package io.docintel.summarizer.rank;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.summarizer.rank.SentenceRanker.Candidate;
import io.docintel.summarizer.rank.SentenceRanker.Ranked;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRankerTest {

  @Test
  void picksCentralDiverseSentencesAndReturnsThemInReadingOrder() {
    // Sentences 10..14 of a 20-sentence document: three on topic A (13 between the other two),
    // two on topic B.
    List<Candidate> candidates = List.of(
        new Candidate(10, new float[] {0, 0, 1}),
        new Candidate(11, new float[] {1, 0.1f, 0}),
        new Candidate(12, new float[] {1, -0.1f, 0}),
        new Candidate(13, new float[] {1, 0, 0}),
        new Candidate(14, new float[] {0, 0.1f, 1}));
    SentenceRanker ranker = new SentenceRanker(new PositionPrior(0.0), new MmrSelector(0.6));

    List<Ranked> picked = ranker.select(candidates, 20, 2);

    assertThat(picked).extracting(Ranked::sentence).hasSize(2).isSorted();
    // The most central sentence of topic A, then topic B rather than a second one of topic A.
    assertThat(picked).extracting(Ranked::sentence).containsExactly(10, 13);
  }

  @Test
  void thePositionPriorBreaksTiesTowardsTheStart() {
    List<Candidate> twins = List.of(new Candidate(7, new float[] {1, 0}), new Candidate(2, new float[] {1, 0}));
    List<Ranked> picked = new SentenceRanker(new PositionPrior(0.1), new MmrSelector(1.0)).select(twins, 10, 1);
    assertThat(picked).extracting(Ranked::sentence).containsExactly(2);
    assertThat(new PositionPrior(0.1).bonus(0, 10)).isEqualTo(0.1);
    assertThat(new PositionPrior(0.1).bonus(9, 10)).isLessThan(0.02);
  }
}
