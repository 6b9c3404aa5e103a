package io.docintel.normalizer;

import io.docintel.inference.tokenize.TokenCount;

/**
 * The tokens of one text, as the {@link Chunker} reads them: how many tokens any span of the text
 * holds, and the whole text's counts. A span's count may be an estimate (taken from one encoding of
 * the whole text rather than an encoding of the span); the chunker decides a chunk by its exact
 * count, so an estimate only steers where chunks are cut.
 */
public interface TokenLayout {

  /** Tokens in {@code text[start, end)}, exactly or as an estimate. */
  int tokensIn(int start, int end);

  /** The whole text's token and unknown-token counts, exactly. */
  TokenCount total();

  /** The exact layout: each span encoded on its own. */
  static TokenLayout counting(TokenCounter counter, String text) {
    return new TokenLayout() {
      @Override
      public int tokensIn(int start, int end) {
        return counter.countTokens(text.substring(start, end));
      }

      @Override
      public TokenCount total() {
        return counter.countAll(text);
      }
    };
  }
}
