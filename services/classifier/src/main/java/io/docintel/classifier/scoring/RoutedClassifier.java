package io.docintel.classifier.scoring;

import io.docintel.classifier.ClassifierMetrics;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.labels.LabelSet;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prototype classification with routing: the cheap model answers first; when its top confidence
 * is below the threshold the strong model (if any) decides on the chunks {@link RoutingPolicy}
 * gives it (at most its chunk limit, spread evenly), the verdict says so, and
 * {@value ClassifierMetrics#ESCALATIONS} counts it (tag {@code model}: the model escalated to).
 * Both models' embeddings are kept in the verdict for feedback. Thread-safe; owns no model.
 */
public final class RoutedClassifier implements DocumentClassifier {

  private final PrototypeLabeler cheap;
  private final PrototypeLabeler strong;
  private final RoutingPolicy routing;
  private final LabelSet labels;
  private final MeterRegistry meters;

  /**
   * {@code strong} may be null: then the cheap model always answers. {@code strongMaxChunks} is
   * how many chunks the strong model scores at most when it decides.
   */
  public RoutedClassifier(PrototypeLabeler cheap, PrototypeLabeler strong, double threshold, int strongMaxChunks,
      MeterRegistry meters) {
    if (strong != null && strong.modelName().equals(cheap.modelName())) {
      throw new IllegalArgumentException("the escalation model must differ from the first model, both are "
          + cheap.modelName());
    }
    this.cheap = cheap;
    this.strong = strong;
    this.routing = new RoutingPolicy(threshold, strong != null, strongMaxChunks);
    this.labels = cheap.labels();
    this.meters = meters;
  }

  @Override
  public List<io.docintel.inference.model.ModelIdentity> models() {
    return strong == null ? List.of(cheap.model()) : List.of(cheap.model(), strong.model());
  }

  @Override
  public Verdict classify(List<ChunkText> chunks, LearnedPrototypes learned) {
    LabelerOutput first = cheap.label(chunks, learned);
    Map<String, float[]> embeddings = new LinkedHashMap<>();
    embeddings.put(cheap.modelName(), first.embedding());
    LabelerOutput answer = first;
    int chunksScored = chunks.size();
    boolean escalated = routing.escalate(first.topScore());
    long inferenceNanos = first.inferenceNanos();
    if (escalated) {
      List<ChunkText> strongChunks = routing.strongChunks(chunks);
      chunksScored = strongChunks.size();
      answer = strong.label(strongChunks, learned);
      embeddings.put(strong.modelName(), answer.embedding());
      inferenceNanos += answer.inferenceNanos();
      meters.counter(ClassifierMetrics.ESCALATIONS, ClassifierMetrics.MODEL, strong.modelName()).increment();
    }
    meters.counter(ClassifierMetrics.DOCUMENTS, ClassifierMetrics.MODEL, answer.model().name()).increment();
    List<ScoredLabel> listed = ChunkAggregation.listed(answer.scores(), labels.topK(), labels.multiLabel(),
        labels.multiLabelThreshold());
    return new Verdict(listed, labels.multiLabel(), answer.embedding(), escalated, answer.prototypeVersion(),
        answer.model(), TimeUnit.NANOSECONDS.toMillis(inferenceNanos), chunksScored, embeddings);
  }

  @Override
  public boolean learnsFromFeedback() {
    return true;
  }

  @Override
  public boolean knowsLabel(String label) {
    return labels.contains(label);
  }
}
