package io.docintel.classifier.scoring;

import io.docintel.classifier.ClassifierMetrics;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.pipeline.classification.LabelProbability;
import io.docintel.inference.pipeline.classification.SequenceClassification;
import io.docintel.inference.pipeline.classification.SequenceClassifier;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Classification by a fine-tuned sequence-classification model instead of prototypes: labels
 * from the model's {@code id2label}, softmax or sigmoid per its {@code problem_type}, chunk scores
 * aggregated like the prototype path (weighted by the normalizer's token counts). No embedding,
 * no routing, no prototype version; feedback does not apply. Owns neither model nor classifier.
 */
public final class SequenceModelClassifier implements DocumentClassifier {

  private final SequenceClassifier classifier;
  private final LoadedModel model;
  private final int topK;
  private final double multiLabelThreshold;
  private final MeterRegistry meters;

  public SequenceModelClassifier(SequenceClassifier classifier, LoadedModel model, int topK,
      double multiLabelThreshold, MeterRegistry meters) {
    this.classifier = classifier;
    this.model = model;
    this.topK = topK;
    this.multiLabelThreshold = multiLabelThreshold;
    this.meters = meters;
  }

  @Override
  public List<io.docintel.inference.model.ModelIdentity> models() {
    return List.of(model.identity());
  }

  @Override
  public Verdict classify(List<ChunkText> chunks, LearnedPrototypes learned) {
    int allLabels = model.config().labels().size();
    long started = System.nanoTime();
    List<SequenceClassification> results = classifier.classifyAll(chunks.stream().map(ChunkText::text).toList(),
        allLabels);
    long inferenceNanos = System.nanoTime() - started;
    List<Map<String, Double>> chunkScores = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Map<String, Double> scores = new LinkedHashMap<>();
      for (LabelProbability label : results.get(i).labels()) {
        scores.put(label.label(), label.probability());
      }
      chunkScores.add(scores);
      weights.add(chunks.get(i).tokenCount());
    }
    boolean multiLabel = model.config().multiLabel();
    List<ScoredLabel> all = multiLabel
        ? ChunkAggregation.multiLabel(chunkScores)
        : ChunkAggregation.averaged(chunkScores, weights);
    meters.counter(ClassifierMetrics.DOCUMENTS, ClassifierMetrics.MODEL, model.identity().name()).increment();
    return new Verdict(ChunkAggregation.listed(all, topK, multiLabel, multiLabelThreshold), multiLabel, new float[0],
        false, null, model.identity(), TimeUnit.NANOSECONDS.toMillis(inferenceNanos), chunks.size(), Map.of());
  }

  @Override
  public boolean learnsFromFeedback() {
    return false;
  }

  @Override
  public boolean knowsLabel(String label) {
    return model.config().labels().contains(label);
  }
}
