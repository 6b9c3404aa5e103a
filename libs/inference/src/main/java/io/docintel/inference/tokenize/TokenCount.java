package io.docintel.inference.tokenize;

/** How many tokens a text becomes (special tokens excluded), and how many of them are unknown to the vocabulary. */
public record TokenCount(int tokens, int unknown) {

  public static final TokenCount NONE = new TokenCount(0, 0);
}
