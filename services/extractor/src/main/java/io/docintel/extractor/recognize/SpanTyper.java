package io.docintel.extractor.recognize;

import io.docintel.inference.pipeline.embedding.Embedding;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.pipeline.embedding.Vectors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Types candidate names by embedding similarity: each type has a prototype, the normalized mean
 * embedding of example names written for it; a candidate's cosines to the prototypes go through
 * a temperature softmax, and the best type is kept when its probability reaches the threshold.
 */
public final class SpanTyper {

  /** A candidate's type and the probability given to it. */
  public record Typed(EntityType type, double confidence) {}

  static final Map<EntityType, List<String>> EXAMPLES = Map.of(
      EntityType.PERSON, List.of("Anna Schmidt", "John Miller", "Maria Garcia", "Dr. Wei Chen", "Olusegun Adeyemi",
          "Sophie Laurent", "James O'Brien", "Priya Nair"),
      EntityType.ORGANIZATION, List.of("Acme Corporation", "Northwind Traders GmbH", "City Council",
          "Ministry of Finance", "Deutsche Bank", "United Nations", "Harbourside Logistics Ltd", "Red Cross"),
      EntityType.LOCATION, List.of("Berlin", "Germany", "London", "Main Street", "the Rhine valley", "Lisbon",
          "New York City", "Bavaria"),
      EntityType.OTHER, List.of("Microsoft Excel", "Christmas", "Annual Report 2025", "Monday", "Project Phoenix",
          "Model X", "General Data Protection Regulation", "January"));

  private final TextEmbedder embedder;
  private final Map<EntityType, float[]> prototypes = new EnumMap<>(EntityType.class);
  private final double temperature;
  private final double threshold;

  public SpanTyper(TextEmbedder embedder, double temperature, double threshold) {
    this.embedder = embedder;
    this.temperature = temperature;
    this.threshold = threshold;
    EXAMPLES.forEach((type, names) -> prototypes.put(type,
        Vectors.normalize(Vectors.meanDirection(embedder.embedAll(names).stream().map(Embedding::vector).toList()))));
  }

  /** One entry per text, in order: its type, or null when no type is likely enough or it is OTHER. */
  public List<Typed> type(List<String> texts) {
    List<Typed> typed = new ArrayList<>(texts.size());
    if (texts.isEmpty()) {
      return typed;
    }
    for (Embedding embedding : embedder.embedAll(texts)) {
      typed.add(best(embedding.vector()));
    }
    return typed;
  }

  private Typed best(float[] vector) {
    EntityType bestType = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double total = 0;
    Map<EntityType, Double> exp = new EnumMap<>(EntityType.class);
    for (Map.Entry<EntityType, float[]> prototype : prototypes.entrySet()) {
      double e = Math.exp(Vectors.cosine(vector, prototype.getValue()) / temperature);
      exp.put(prototype.getKey(), e);
      total += e;
    }
    for (Map.Entry<EntityType, Double> entry : exp.entrySet()) {
      if (entry.getValue() > bestScore) {
        bestScore = entry.getValue();
        bestType = entry.getKey();
      }
    }
    double confidence = bestScore / total;
    return confidence >= threshold && bestType != EntityType.OTHER ? new Typed(bestType, confidence) : null;
  }
}
