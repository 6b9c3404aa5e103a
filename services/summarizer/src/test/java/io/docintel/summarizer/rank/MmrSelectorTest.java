package io.docintel.summarizer.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MmrSelectorTest {

  // Items 0 and 1 say the same thing; item 2 says something else and is a little less relevant.
  private final List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {1, 0.01f}, new float[] {0, 1});
  private final double[] relevance = {0.9, 0.85, 0.6};

  @Test
  void lambdaOneIsTopKByRelevance() {
    assertThat(new MmrSelector(1.0).select(relevance, vectors, 2)).containsExactly(0, 1);
  }

  @Test
  void lowerLambdaSkipsANearDuplicateForSomethingNew() {
    assertThat(new MmrSelector(0.7).select(relevance, vectors, 2)).containsExactly(0, 2);
  }

  @Test
  void neverPicksMoreThanThereIs() {
    assertThat(new MmrSelector(0.5).select(relevance, vectors, 10)).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(new MmrSelector(0.5).select(new double[0], List.of(), 3)).isEmpty();
  }

  @Test
  void lambdaOutsideTheUnitIntervalIsRejected() {
    assertThatThrownBy(() -> new MmrSelector(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
