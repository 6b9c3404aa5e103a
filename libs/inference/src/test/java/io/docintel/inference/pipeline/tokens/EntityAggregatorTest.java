package io.docintel.inference.pipeline.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAggregatorTest {

  private static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "PER");

  private static TokenScores token(int start, int end, int word, double... probs) {
    return new TokenScores(start, end, word, probs);
  }

  @Test
  void bTagStartsNewEntityEvenOfSameType() {
    String text = "Ann Bob";
    List<Entity> e = EntityAggregator.aggregate(text, List.of(
        token(0, 3, 0, 0, 1, 0, 0), token(4, 7, 1, 0, 1, 0, 0)), LABELS, AggregationStrategy.SIMPLE);
    assertThat(e).extracting(Entity::text).containsExactly("Ann", "Bob");
  }

  @Test
  void labelsWithoutPrefixGroupAsInside() {
    String text = "Ann Bob x";
    List<Entity> e = EntityAggregator.aggregate(text, List.of(
        token(0, 3, 0, 0, 0, 0, 1), token(4, 7, 1, 0, 0, 0, 1), token(8, 9, 2, 1, 0, 0, 0)),
        LABELS, AggregationStrategy.SIMPLE);
    assertThat(e).containsExactly(new Entity("PER", 1.0, 0, 7, "Ann Bob"));
  }

  @Test
  void windowMergePrefersTheMostCentralWindow() {
    double[][] merged = WindowMerge.merge(4, List.of(new int[] {0, 3}, new int[] {1, 4}),
        List.of(new double[][] {{0}, {1}, {2}}, new double[][] {{10}, {11}, {12}}));
    // token 1 is central in window 0 (margin 1) and on the edge of window 1 (margin 0)
    assertThat(merged[0][0]).isEqualTo(0);
    assertThat(merged[1][0]).isEqualTo(1);
    assertThat(merged[2][0]).isEqualTo(11);
    assertThat(merged[3][0]).isEqualTo(12);
  }
}
