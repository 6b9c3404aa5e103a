package io.docintel.inference.pipeline.tokens;

import io.docintel.inference.batch.BatchRunner;
import io.docintel.inference.batch.SequentialRunner;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelTask;
import io.docintel.inference.pipeline.classification.ClassificationHead;
import io.docintel.inference.runtime.LogitsExecutors;
import io.docintel.inference.tokenize.SpecialTokenTemplate;
import io.docintel.inference.tokenize.TokenWindows;
import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Named-entity style token classification. In: a text of any length. Out: entities with
 * character offsets into that text, aggregated with one of Hugging Face's strategies. Text
 * longer than the model's maximum length is split into windows overlapping by {@code stride}
 * tokens, whose scores are merged per token before decoding. Thread-safe; owns neither model
 * nor runner.
 */
public final class TokenClassifier {

  public static final int DEFAULT_STRIDE = 16;

  private final LoadedModel model;
  private final BatchRunner<float[][]> runner;
  private final int stride;

  public TokenClassifier(LoadedModel model) {
    this(model, new SequentialRunner<>(LogitsExecutors.perToken(model), 16), DEFAULT_STRIDE);
  }

  public TokenClassifier(LoadedModel model, BatchRunner<float[][]> runner, int stride) {
    if (model.task() != ModelTask.TOKEN_CLASSIFICATION) {
      throw new IllegalArgumentException("Model " + model.identity() + " is a " + model.task().hfName()
          + " model, not token-classification");
    }
    if (stride < 0) {
      throw new IllegalArgumentException("stride must not be negative: " + stride);
    }
    this.model = model;
    this.runner = runner;
    this.stride = stride;
  }

  public TokenClassification classify(String text, AggregationStrategy strategy) {
    TokenizedText content = model.tokenizer().encodeContent(text);
    SpecialTokenTemplate template = model.tokenizer().template();
    int maxLength = model.manifest().maxLength();
    int room = maxLength - template.size();
    int effectiveStride = Math.min(stride, Math.max(0, room / 2));
    List<int[]> ranges = TokenWindows.windowRanges(content.length(), template, maxLength, effectiveStride);
    List<TokenizedText> windows = TokenWindows.windows(content, template, maxLength, effectiveStride);
    List<float[][]> logits = runner.run(windows);
    List<double[][]> contentRows = new ArrayList<>(windows.size());
    for (int w = 0; w < windows.size(); w++) {
      float[][] rows = logits.get(w);
      int p = template.prefix().length;
      int n = ranges.get(w)[1] - ranges.get(w)[0];
      double[][] probs = new double[n][];
      for (int i = 0; i < n; i++) {
        probs[i] = ClassificationHead.softmax(rows[p + i]);
      }
      contentRows.add(probs);
    }
    double[][] merged = WindowMerge.merge(content.length(), ranges, contentRows);
    List<TokenScores> tokens = new ArrayList<>(content.length());
    for (int i = 0; i < content.length(); i++) {
      tokens.add(new TokenScores(content.charStarts()[i], content.charEnds()[i], content.wordIds()[i], merged[i]));
    }
    return new TokenClassification(EntityAggregator.aggregate(text, tokens, model.config().labels(), strategy),
        model.identity(), windows.size());
  }
}
