package io.docintel.summarizer.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.pipeline.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CentralityTest {

  @Test
  void sentencesSimilarToManyOthersScoreHigherThanAnOutlier() {
    List<float[]> vectors = List.of(
        new float[] {1, 0.1f, 0}, new float[] {1, 0, 0.1f}, new float[] {1, 0.05f, 0.05f}, new float[] {0, 0, 1});
    double[] scores = Centrality.meanCosine(vectors);
    assertThat(scores[3]).isLessThan(scores[0]).isLessThan(scores[2]);
    assertThat(scores[1]).isGreaterThan(scores[3]);
  }

  @Test
  void scoreIsTheMeanCosineToTheOthers() {
    double[] scores = Centrality.meanCosine(List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}));
    double half = Math.sqrt(0.5);
    assertThat(scores[0]).isCloseTo((0 + half) / 2, within(1e-6));
    assertThat(scores[2]).isCloseTo(half, within(1e-6));
  }

  @Test
  void aSingleSentenceScoresZero() {
    assertThat(Centrality.meanCosine(List.of(new float[] {1, 0}))).containsExactly(0.0);
    assertThat(Centrality.meanCosine(List.of())).isEmpty();
  }

  @Test
  void withinAWiderContextASentenceIsComparedWithEveryOtherMemberButItself() {
    List<float[]> context = List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {0, 1}, new float[] {0, 1});
    // Candidate 0 is context member 0; candidate 1 is member 1.
    double[] scores = Centrality.meanCosineWithin(List.of(context.get(0), context.get(1)), new int[] {0, 1}, context);
    assertThat(scores[0]).isCloseTo(0.0, within(1e-9));
    assertThat(scores[1]).isCloseTo(2.0 / 3, within(1e-9));
    double[] outsider = Centrality.meanCosineWithin(List.of(new float[] {1, 1}), new int[] {-1}, context);
    assertThat(outsider[0]).isCloseTo(Math.sqrt(0.5), within(1e-6));
  }

  @Test
  void withinAContextEqualsTheMeanOfPairwiseCosines() {
    Random random = new Random(7);
    List<float[]> context = new ArrayList<>();
    for (int j = 0; j < 40; j++) {
      float[] v = new float[16];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) random.nextGaussian();
      }
      context.add(v);
    }
    context.set(5, new float[16]);
    List<float[]> candidates = List.of(context.get(3), context.get(5), context.get(39), new float[] {1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    int[] self = {3, 5, 39, -1};

    double[] scores = Centrality.meanCosineWithin(candidates, self, context);

    for (int i = 0; i < candidates.size(); i++) {
      double sum = 0;
      int count = 0;
      for (int j = 0; j < context.size(); j++) {
        if (j != self[i]) {
          sum += Vectors.cosine(candidates.get(i), context.get(j));
          count++;
        }
      }
      assertThat(scores[i]).as("candidate %d", i).isCloseTo(sum / count, within(1e-6));
    }
  }
}
