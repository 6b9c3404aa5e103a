package io.docintel.cli.faults;

import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.scoring.Verdict;
import io.docintel.inference.model.ModelIdentity;
import java.util.List;

/**
 * A document classifier that fails, as a model can, on some inputs: it throws
 * {@link InjectedModelFailure} for any document one of whose chunks contains {@link #MARKER}, and
 * hands every other document to the real classifier it wraps. For the classifier's
 * {@code ClassifierApp.start(config, around)}; test code only.
 */
final class MarkerFailingClassifier implements DocumentClassifier {

  /** A word no real text contains; a document carrying it makes the model fail. */
  static final String MARKER = "qzxfaultmarker";
  /** The failure's message, which the dead letter carries as its reason. */
  static final String REASON = "the model failed on this input (a fault injected by the test)";

  /** What the wrapped model throws on a marked input. */
  static final class InjectedModelFailure extends RuntimeException {
    InjectedModelFailure() {
      super(REASON);
    }
  }

  private final DocumentClassifier model;

  MarkerFailingClassifier(DocumentClassifier model) {
    this.model = model;
  }

  @Override
  public Verdict classify(List<ChunkText> chunks, LearnedPrototypes learned) {
    if (chunks.stream().anyMatch(chunk -> chunk.text().contains(MARKER))) {
      throw new InjectedModelFailure();
    }
    return model.classify(chunks, learned);
  }

  @Override
  public boolean learnsFromFeedback() {
    return model.learnsFromFeedback();
  }

  @Override
  public boolean knowsLabel(String label) {
    return model.knowsLabel(label);
  }

  @Override
  public List<ModelIdentity> models() {
    return model.models();
  }
}
