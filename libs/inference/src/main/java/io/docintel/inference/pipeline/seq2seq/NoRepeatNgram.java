package io.docintel.inference.pipeline.seq2seq;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Pure: tokens that would repeat an n-gram already present in the sequence. */
public final class NoRepeatNgram {

  private NoRepeatNgram() {
  }

  public static Set<Long> banned(long[] sequence, int n) {
    Set<Long> out = new HashSet<>();
    if (n <= 0 || sequence.length + 1 < n) {
      return out;
    }
    long[] prefix = Arrays.copyOfRange(sequence, sequence.length - (n - 1), sequence.length);
    for (int i = 0; i + n <= sequence.length; i++) {
      if (Arrays.equals(sequence, i, i + n - 1, prefix, 0, n - 1)) {
        out.add(sequence[i + n - 1]);
      }
    }
    return out;
  }
}
