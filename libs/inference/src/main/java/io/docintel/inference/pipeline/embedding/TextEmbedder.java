package io.docintel.inference.pipeline.embedding;

import io.docintel.inference.batch.BatchRunner;
import io.docintel.inference.batch.SequentialRunner;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelIdentity;
import io.docintel.inference.model.ModelTask;
import io.docintel.inference.tokenize.TokenWindows;
import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from a feature-extraction model. In: texts (passages, or queries which
 * get the model's query prefix, e.g. BGE's instruction). Out: {@link Embedding}s carrying the
 * model identity. Texts longer than the model's maximum length are truncated and say so.
 *
 * <p>Runs through the given {@link BatchRunner} (a shared {@code TokenBudgetBatcher} in
 * services) or a plain loop of batches of 32. Thread-safe. Owns neither model nor runner.
 */
public final class TextEmbedder {

  private final LoadedModel model;
  private final BatchRunner<float[]> runner;

  public TextEmbedder(LoadedModel model) {
    this(model, new SequentialRunner<>(new EmbeddingExecutor(model), 32));
  }

  public TextEmbedder(LoadedModel model, BatchRunner<float[]> runner) {
    if (model.task() != ModelTask.FEATURE_EXTRACTION) {
      throw new IllegalArgumentException("Model " + model.identity() + " is a " + model.task().hfName()
          + " model, not feature-extraction");
    }
    this.model = model;
    this.runner = runner;
  }

  public Embedding embed(String passage) {
    return embedAll(List.of(passage)).get(0);
  }

  public Embedding embedQuery(String query) {
    return embedWithPrefix(List.of(query), model.manifest().queryPrefix()).get(0);
  }

  /** Passages, in order. */
  public List<Embedding> embedAll(List<String> passages) {
    return embedWithPrefix(passages, model.manifest().passagePrefix());
  }

  public List<Embedding> embedQueries(List<String> queries) {
    return embedWithPrefix(queries, model.manifest().queryPrefix());
  }

  public ModelIdentity model() {
    return model.identity();
  }

  private List<Embedding> embedWithPrefix(List<String> texts, String prefix) {
    int maxLength = model.manifest().maxLength();
    List<TokenizedText> sequences = new ArrayList<>(texts.size());
    List<Boolean> truncated = new ArrayList<>(texts.size());
    for (String text : texts) {
      TokenizedText content = model.tokenizer().encodeContent(prefix + text);
      truncated.add(content.length() + model.tokenizer().template().size() > maxLength);
      sequences.add(TokenWindows.truncate(content, model.tokenizer().template(), maxLength));
    }
    List<float[]> vectors = runner.run(sequences);
    List<Embedding> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Embedding(vectors.get(i), model.identity(), sequences.get(i).length(), truncated.get(i)));
    }
    return out;
  }
}
