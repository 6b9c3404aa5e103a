package io.docintel.inference.pipeline.classification;

import io.docintel.inference.batch.BatchRunner;
import io.docintel.inference.batch.SequentialRunner;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelTask;
import io.docintel.inference.runtime.LogitsExecutors;
import io.docintel.inference.tokenize.TokenWindows;
import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Text classification with a fine-tuned classifier export. In: texts (truncated to the
 * model's maximum length). Out: top-k labels from {@code id2label} with softmax or sigmoid
 * probabilities per {@code problem_type}. Thread-safe; owns neither model nor runner.
 */
public final class SequenceClassifier {

  private final LoadedModel model;
  private final BatchRunner<float[]> runner;

  public SequenceClassifier(LoadedModel model) {
    this(model, new SequentialRunner<>(LogitsExecutors.perSequence(model), 32));
  }

  public SequenceClassifier(LoadedModel model, BatchRunner<float[]> runner) {
    if (model.task() != ModelTask.SEQUENCE_CLASSIFICATION) {
      throw new IllegalArgumentException("Model " + model.identity() + " is a " + model.task().hfName()
          + " model, not text-classification");
    }
    this.model = model;
    this.runner = runner;
  }

  public SequenceClassification classify(String text, int topK) {
    return classifyAll(List.of(text), topK).get(0);
  }

  public List<SequenceClassification> classifyAll(List<String> texts, int topK) {
    int maxLength = model.manifest().maxLength();
    List<TokenizedText> sequences = new ArrayList<>(texts.size());
    List<Boolean> truncated = new ArrayList<>(texts.size());
    for (String text : texts) {
      TokenizedText content = model.tokenizer().encodeContent(text);
      truncated.add(content.length() + model.tokenizer().template().size() > maxLength);
      sequences.add(TokenWindows.truncate(content, model.tokenizer().template(), maxLength));
    }
    List<float[]> logits = runner.run(sequences);
    List<SequenceClassification> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new SequenceClassification(ClassificationHead.topK(logits.get(i), model.config().labels(),
          model.config().multiLabel(), topK), model.identity(), truncated.get(i)));
    }
    return out;
  }
}
