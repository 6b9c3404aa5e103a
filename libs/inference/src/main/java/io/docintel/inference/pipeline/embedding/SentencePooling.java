package io.docintel.inference.pipeline.embedding;

import io.docintel.inference.model.Pooling;
import io.docintel.inference.runtime.FloatTensor;

/**
 * Pure pooling of token vectors {@code [batch, length, hidden]} into one vector per sequence:
 * mean over positions whose attention mask is 1, or the first ({@code [CLS]}) position;
 * optionally L2-normalised.
 */
public final class SentencePooling {

  private SentencePooling() {
  }

  public static float[][] pool(FloatTensor hidden, long[] attentionMask, Pooling pooling, boolean normalize) {
    int batch = hidden.dim(0);
    int length = hidden.dim(1);
    int width = hidden.dim(2);
    float[][] out = new float[batch][];
    for (int b = 0; b < batch; b++) {
      float[] v;
      if (pooling == Pooling.CLS) {
        v = hidden.row(b, 0);
      } else {
        v = new float[width];
        int count = 0;
        for (int t = 0; t < length; t++) {
          if (attentionMask[b * length + t] == 0) {
            continue;
          }
          count++;
          int base = (b * length + t) * width;
          for (int k = 0; k < width; k++) {
            v[k] += hidden.data()[base + k];
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
