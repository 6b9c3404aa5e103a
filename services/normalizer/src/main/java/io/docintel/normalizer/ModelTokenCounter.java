package io.docintel.normalizer;

import io.docintel.inference.tokenize.HfTokenizer;
import io.docintel.inference.tokenize.TokenCount;
import io.docintel.inference.tokenize.TokenStarts;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts tokens with a model's own tokenizer: a shipped model by name ({@code minilm-l6-q}), or
 * a model folder (its {@code tokenizer.json}) or a {@code tokenizer.json} file by path. Owns the
 * tokenizer.
 */
public final class ModelTokenCounter implements TokenCounter, AutoCloseable {

  private final String name;
  private final HfTokenizer tokenizer;

  private ModelTokenCounter(String name, HfTokenizer tokenizer) {
    this.name = name;
    this.tokenizer = tokenizer;
  }

  /** The counter for a shipped model name or a path to a model folder or tokenizer file. */
  public static ModelTokenCounter of(String modelNameOrPath) {
    Path path = Path.of(modelNameOrPath);
    if (Files.isDirectory(path)) {
      return new ModelTokenCounter(path.getFileName().toString(), HfTokenizer.fromFile(path.resolve("tokenizer.json")));
    }
    if (Files.isRegularFile(path)) {
      return new ModelTokenCounter(path.getFileName().toString(), HfTokenizer.fromFile(path));
    }
    return new ModelTokenCounter(modelNameOrPath, HfTokenizer.forShippedModel(modelNameOrPath));
  }

  @Override
  public int countTokens(String text) {
    return text.isEmpty() ? 0 : tokenizer.countTokens(text);
  }

  @Override
  public int countUnknownTokens(String text) {
    return text.isEmpty() ? 0 : tokenizer.countUnknownTokens(text);
  }

  @Override
  public TokenCount countAll(String text) {
    return text.isEmpty() ? TokenCount.NONE : tokenizer.count(text);
  }

  /** One encoding of the whole text: a span's count is the number of tokens that start in it. */
  @Override
  public TokenLayout layout(String text) {
    TokenStarts starts = text.isEmpty() ? new TokenStarts(new int[0], 0) : tokenizer.locate(text);
    return new TokenLayout() {
      @Override
      public int tokensIn(int start, int end) {
        return starts.startingIn(start, end);
      }

      @Override
      public TokenCount total() {
        return starts.total();
      }
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
