package io.docintel.inference.pipeline.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.model.Pooling;
import io.docintel.inference.runtime.FloatTensor;
import org.junit.jupiter.api.Test;

class SentencePoolingTest {

  // batch 2, length 3, hidden 2
  private static final FloatTensor HIDDEN = new FloatTensor(new float[] {
    1, 0, 3, 0, 100, 100,
    0, 2, 0, 4, 0, 6}, new long[] {2, 3, 2});
  private static final long[] MASK = {1, 1, 0, 1, 1, 1};

  @Test
  void meanPoolingSkipsPadding() {
    float[][] pooled = SentencePooling.pool(HIDDEN, MASK, Pooling.MEAN, false);
    assertThat(pooled[0]).containsExactly(2f, 0f);
    assertThat(pooled[1]).containsExactly(0f, 4f);
  }

  @Test
  void poolingReadsABufferFromItsStartAsTheArray() {
    java.nio.FloatBuffer direct = java.nio.ByteBuffer.allocateDirect(HIDDEN.data().length * Float.BYTES)
        .order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer().put(HIDDEN.data());
    float[][] pooled = SentencePooling.pool(direct, 2, 3, 2, MASK, Pooling.MEAN, false);
    assertThat(pooled[0]).containsExactly(2f, 0f);
    assertThat(pooled[1]).containsExactly(0f, 4f);
    assertThat(SentencePooling.pool(direct, 2, 3, 2, MASK, Pooling.CLS, false)[1]).containsExactly(0f, 2f);
  }

  @Test
  void clsPoolingTakesFirstTokenAndNormalizes() {
    float[][] pooled = SentencePooling.pool(HIDDEN, MASK, Pooling.CLS, true);
    assertThat(pooled[0]).containsExactly(1f, 0f);
    assertThat(pooled[1]).containsExactly(0f, 1f);
    assertThat(Vectors.cosine(new float[] {1, 1}, new float[] {2, 2})).isCloseTo(1.0, within(1e-9));
  }
}
