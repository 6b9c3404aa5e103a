package io.docintel.classifier.scoring;

import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.labels.LabelSet;
import io.docintel.inference.model.ModelIdentity;
import io.docintel.inference.pipeline.embedding.Embedding;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.pipeline.prototype.LabelScore;
import io.docintel.inference.pipeline.prototype.LabelSpec;
import io.docintel.inference.pipeline.prototype.Prototypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One embedding model scoring documents against label prototypes. The label set's descriptions
 * (embedded as queries) and examples (as passages) make the base prototypes; examples learned from
 * feedback are added on top, and the combined prototypes are rebuilt only when the learned
 * version changes. Each chunk gets its cosine similarity to every prototype and calibrated
 * probabilities (softmax at the label set's temperature); {@link ChunkAggregation} makes them one
 * document result.
 * Thread-safe; does not own the embedder's model.
 */
public final class PrototypeLabeler {

  private record Built(long version, Prototypes prototypes) {
  }

  private final TextEmbedder embedder;
  private final LabelSet labels;
  private final Prototypes base;
  private volatile Built built;

  public PrototypeLabeler(TextEmbedder embedder, LabelSet labels) {
    this.embedder = embedder;
    this.labels = labels;
    Prototypes prototypes = Prototypes.empty();
    for (LabelSpec spec : labels.labels()) {
      List<float[]> vectors = new ArrayList<>();
      embedder.embedQueries(spec.descriptions()).forEach(e -> vectors.add(e.vector()));
      embedder.embedAll(spec.examples()).forEach(e -> vectors.add(e.vector()));
      prototypes = prototypes.with(spec.label(), vectors);
    }
    this.base = prototypes;
    this.built = new Built(0, base);
  }

  public ModelIdentity model() {
    return embedder.model();
  }

  /** The name learned prototypes are kept under. */
  public String modelName() {
    return embedder.model().name();
  }

  public LabelSet labels() {
    return labels;
  }

  public LabelerOutput label(List<ChunkText> chunks, LearnedPrototypes learned) {
    Built current = prototypes(learned);
    Prototypes prototypes = current.prototypes();
    long started = System.nanoTime();
    List<Embedding> embeddings = embedder.embedAll(chunks.stream().map(ChunkText::text).toList());
    long inferenceNanos = System.nanoTime() - started;
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    List<Integer> weights = new ArrayList<>(embeddings.size());
    List<Map<String, Double>> chunkProbabilities = new ArrayList<>(embeddings.size());
    List<Map<String, Double>> chunkSimilarities = new ArrayList<>(embeddings.size());
    for (Embedding embedding : embeddings) {
      vectors.add(embedding.vector());
      weights.add(embedding.tokens());
      Map<String, Double> probabilities = new LinkedHashMap<>();
      Map<String, Double> similarities = new LinkedHashMap<>();
      for (LabelScore score : prototypes.score(embedding.vector(), labels.temperature())) {
        probabilities.put(score.label(), score.probability());
        similarities.put(score.label(), score.similarity());
      }
      chunkProbabilities.add(probabilities);
      chunkSimilarities.add(similarities);
    }
    List<ScoredLabel> scores = labels.multiLabel()
        ? ChunkAggregation.multiLabel(chunkProbabilities)
        : ChunkAggregation.singleLabel(chunkSimilarities, weights, labels.temperature());
    return new LabelerOutput(scores, ChunkAggregation.documentEmbedding(vectors, weights), current.version(),
        embedder.model(), inferenceNanos);
  }

  private Built prototypes(LearnedPrototypes learned) {
    long version = learned.version(modelName());
    Built current = built;
    if (current.version() == version) {
      return current;
    }
    Prototypes prototypes = base;
    for (Map.Entry<String, List<float[]>> entry : learned.examples(modelName()).entrySet()) {
      if (labels.contains(entry.getKey())) {
        prototypes = prototypes.with(entry.getKey(), entry.getValue());
      }
    }
    current = new Built(version, prototypes);
    built = current;
    return current;
  }
}
