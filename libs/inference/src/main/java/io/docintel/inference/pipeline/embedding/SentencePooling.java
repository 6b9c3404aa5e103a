package io.docintel.inference.pipeline.embedding;

import io.docintel.inference.model.Pooling;
import io.docintel.inference.runtime.FloatTensor;
import java.nio.FloatBuffer;

/**
 * Pure pooling of token vectors {@code [batch, length, hidden]} into one vector per sequence:
 * mean over positions whose attention mask is 1, or the first ({@code [CLS]}) position;
 * optionally L2-normalised.
 */
public final class SentencePooling {

  private SentencePooling() {
  }

  public static float[][] pool(FloatTensor hidden, long[] attentionMask, Pooling pooling, boolean normalize) {
    return pool(FloatBuffer.wrap(hidden.data()), hidden.dim(0), hidden.dim(1), hidden.dim(2), attentionMask, pooling,
        normalize);
  }

  /** The same over token vectors in a buffer (e.g. ONNX Runtime's output, read in place), from index 0. */
  public static float[][] pool(FloatBuffer hidden, int batch, int length, int width, long[] attentionMask,
      Pooling pooling, boolean normalize) {
    float[][] out = new float[batch][];
    for (int b = 0; b < batch; b++) {
      float[] v = new float[width];
      if (pooling == Pooling.CLS) {
        hidden.get(b * length * width, v);
      } else {
        int count = 0;
        for (int t = 0; t < length; t++) {
          if (attentionMask[b * length + t] == 0) {
            continue;
          }
          count++;
          int base = (b * length + t) * width;
          for (int k = 0; k < width; k++) {
            v[k] += hidden.get(base + k);
          }
        }
        for (int k = 0; k < width; k++) {
          v[k] /= Math.max(count, 1);
        }
      }
      out[b] = normalize ? Vectors.normalize(v) : v;
    }
    return out;
  }
}
