package io.docintel.normalizer;

import io.docintel.inference.tokenize.TokenCount;

/**
 * Counts the tokens a model's tokenizer makes of a text, special tokens ({@code [CLS]},
 * {@code [SEP]}, padding) excluded. Implementations must be thread-safe; the normalizer calls
 * them from every stream thread. The service wires this to the tokenizer of the model that
 * later stages run (e.g. {@code minilm-l6-q}).
 */
public interface TokenCounter {

  /** Tokens in {@code text}, special tokens excluded; 0 for an empty text. */
  int countTokens(String text);

  /** Tokens of {@code text} the tokenizer could not map to its vocabulary; 0 when it cannot tell. */
  default int countUnknownTokens(String text) {
    return 0;
  }

  /** Both counts of {@code text}; a tokenizer that can should take them from one pass over a long text. */
  default TokenCount countAll(String text) {
    return new TokenCount(countTokens(text), countUnknownTokens(text));
  }

  /**
   * The tokens of {@code text} for chunking it. By default every span is encoded on its own; a
   * tokenizer that reports where its tokens start should encode the text once instead.
   */
  default TokenLayout layout(String text) {
    return TokenLayout.counting(this, text);
  }

  /** The tokenizer's name as it appears in {@code NormalizedDocument.tokenizer}, e.g. {@code minilm-l6-q}. */
  String name();
}
