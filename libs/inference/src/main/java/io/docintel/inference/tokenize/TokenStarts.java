package io.docintel.inference.tokenize;

import java.util.Arrays;

/**
 * Where each content token of a text starts, as UTF-16 offsets into the text in ascending order,
 * and how many tokens are unknown to the vocabulary: one encoding of a text, from which the
 * tokens of any of its spans can be counted without encoding that span again.
 */
public record TokenStarts(int[] starts, int unknown) {

  /** All the text's tokens, and its unknown ones. */
  public TokenCount total() {
    return new TokenCount(starts.length, unknown);
  }

  /**
   * Tokens that start in {@code [from, to)}. For a span that begins and ends at whitespace this is
   * the span's own count under tokenizers that split words at whitespace (BERT's, SentencePiece's,
   * byte-level BPE's); inside a word it can differ from encoding the span alone.
   */
  public int startingIn(int from, int to) {
    return to <= from ? 0 : firstAtOrAfter(to) - firstAtOrAfter(from);
  }

  private int firstAtOrAfter(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    if (found < 0) {
      return -found - 1;
    }
    // Several tokens can start at one offset (the pieces of one character): take the first.
    while (found > 0 && starts[found - 1] == offset) {
      found--;
    }
    return found;
  }
}
