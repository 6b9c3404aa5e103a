package io.docintel.inference.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

  @Test
  void groupsByLengthWithinTokenBudgetAndSize() {
    List<Integer> lengths = List.of(100, 5, 98, 6, 7, 99);
    List<List<Integer>> batches = BatchPlanner.plan(lengths, Integer::intValue, 200, 10);
    assertThat(batches).containsExactly(List.of(5, 6, 7), List.of(98, 99), List.of(100));
    assertThat(batches).allSatisfy(b -> assertThat(b.size() * b.get(b.size() - 1)).isLessThanOrEqualTo(200));
    assertThat(BatchPlanner.plan(List.of(1, 1, 1), Integer::intValue, 1000, 2)).hasSize(2);
    assertThat(BatchPlanner.plan(List.of(500), Integer::intValue, 100, 2)).containsExactly(List.of(500));
  }

  @Test
  void padsOnlyToTheBatchLongest() {
    TokenizedText a = new TokenizedText(new long[] {1, 2, 3}, new int[3], new int[3], new int[3]);
    TokenizedText b = new TokenizedText(new long[] {4}, new int[1], new int[1], new int[1]);
    PaddedBatch batch = PaddedBatch.of(List.of(a, b), 0);
    assertThat(batch.length()).isEqualTo(3);
    assertThat(batch.inputIds()).containsExactly(1, 2, 3, 4, 0, 0);
    assertThat(batch.attentionMask()).containsExactly(1, 1, 1, 1, 0, 0);
    assertThat(batch.paddingRatio()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(BatchPlanner.paddingRatio(new int[] {3, 1})).isCloseTo(2.0 / 6, within(1e-9));
  }
}
