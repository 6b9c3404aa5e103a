package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.List;

/**
 * Sequences padded to the longest one in this batch only, as row-major {@code [batch, length]}
 * arrays ready for tensors. {@link #paddingRatio()} is the share of positions that are padding.
 */
public record PaddedBatch(long[] inputIds, long[] attentionMask, long[] tokenTypeIds, int size, int length) {

  public static PaddedBatch of(List<TokenizedText> sequences, long padId) {
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("empty batch");
    }
    int length = 0;
    for (TokenizedText t : sequences) {
      length = Math.max(length, t.length());
    }
    int size = sequences.size();
    long[] ids = new long[size * length];
    long[] mask = new long[size * length];
    for (int row = 0; row < size; row++) {
      long[] seq = sequences.get(row).ids();
      int offset = row * length;
      for (int i = 0; i < length; i++) {
        boolean real = i < seq.length;
        ids[offset + i] = real ? seq[i] : padId;
        mask[offset + i] = real ? 1 : 0;
      }
    }
    return new PaddedBatch(ids, mask, new long[size * length], size, length);
  }

  /** Real (unpadded) tokens in the batch. */
  public long realTokens() {
    long sum = 0;
    for (long m : attentionMask) {
      sum += m;
    }
    return sum;
  }

  public double paddingRatio() {
    long total = (long) size * length;
    return total == 0 ? 0 : (double) (total - realTokens()) / total;
  }

  public long[] shape() {
    return new long[] {size, length};
  }
}
