package io.docintel.normalizer;

/** Test stand-in for a model tokenizer: one token per whitespace-separated word. */
final class WhitespaceTokenCounter implements TokenCounter {

  @Override
  public int countTokens(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  @Override
  public String name() {
    return "whitespace";
  }
}
