package io.docintel.inference.tokenize;

import java.util.Arrays;

/**
 * The special tokens a tokenizer puts around a single sequence, e.g. {@code [CLS] … [SEP]}
 * for BERT or {@code … </s>} for T5. Learned from the tokenizer itself so that windows of a
 * long text can be wrapped exactly as the model saw them in training.
 */
public record SpecialTokenTemplate(long[] prefix, long[] suffix) {

  public static final SpecialTokenTemplate NONE = new SpecialTokenTemplate(new long[0], new long[0]);

  /** Tokens the template adds to every sequence. */
  public int size() {
    return prefix.length + suffix.length;
  }

  /**
   * Finds the template by comparing an encoding with special tokens to the same text's
   * encoding without them.
   */
  public static SpecialTokenTemplate infer(long[] withSpecial, long[] withoutSpecial) {
    for (int start = 0; start + withoutSpecial.length <= withSpecial.length; start++) {
      if (Arrays.equals(withSpecial, start, start + withoutSpecial.length, withoutSpecial, 0,
          withoutSpecial.length)) {
        return new SpecialTokenTemplate(Arrays.copyOfRange(withSpecial, 0, start),
            Arrays.copyOfRange(withSpecial, start + withoutSpecial.length, withSpecial.length));
      }
    }
    throw new IllegalArgumentException("Cannot locate the content tokens " + Arrays.toString(withoutSpecial)
        + " inside " + Arrays.toString(withSpecial));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecialTokenTemplate t && Arrays.equals(prefix, t.prefix) && Arrays.equals(suffix, t.suffix);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(prefix) + Arrays.hashCode(suffix);
  }

  @Override
  public String toString() {
    return "SpecialTokenTemplate" + Arrays.toString(prefix) + "…" + Arrays.toString(suffix);
  }
}
