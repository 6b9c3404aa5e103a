package io.docintel.inference.tokenize;

import java.util.Arrays;

/**
 * One model input sequence: token ids including special tokens, and for each token the
 * character span it covers in the original text ({@code -1} for special tokens) and the
 * index of the word it belongs to ({@code -1} for special tokens). Not padded; padding is
 * the batcher's job. Arrays are owned by this record; callers must not modify them.
 */
public record TokenizedText(long[] ids, int[] charStarts, int[] charEnds, int[] wordIds) {

  public int length() {
    return ids.length;
  }

  /** True if token {@code i} is a special token such as {@code [CLS]}. */
  public boolean isSpecial(int i) {
    return charStarts[i] < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenizedText t && Arrays.equals(ids, t.ids) && Arrays.equals(charStarts, t.charStarts)
        && Arrays.equals(charEnds, t.charEnds) && Arrays.equals(wordIds, t.wordIds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return "TokenizedText" + Arrays.toString(ids);
  }
}
