package io.docintel.extractor.recognize;

import io.docintel.inference.pipeline.tokens.AggregationStrategy;
import io.docintel.inference.pipeline.tokens.TokenClassifier;
import java.util.List;
import java.util.Locale;

/**
 * The model recognizer when a token-classification (NER) model is configured: the model's
 * entities, words aggregated with Hugging Face's {@code first} strategy, typed by their label
 * (PER, ORG, LOC and their long forms; anything else is OTHER) with the model's mean score as
 * confidence. Owns neither the classifier nor its model.
 */
public final class TokenModelRecognizer implements EntityRecognizer {

  public static final String NAME = "token-classification";

  private final TokenClassifier classifier;
  private final double threshold;

  public TokenModelRecognizer(TokenClassifier classifier, double threshold) {
    this.classifier = classifier;
    this.threshold = threshold;
  }

  @Override
  public boolean usesModel() {
    return true;
  }

  @Override
  public List<Mention> recognize(String text) {
    return classifier.classify(text, AggregationStrategy.FIRST).entities().stream()
        .filter(e -> e.score() >= threshold && e.end() > e.start())
        .map(e -> new Mention(type(e.label()), e.start(), e.end(), e.text(), null, e.score(), NAME))
        .toList();
  }

  /** The entity type of a model label such as {@code PER}, {@code B-ORG} or {@code location}. */
  static EntityType type(String label) {
    String name = label.toUpperCase(Locale.ROOT).replaceFirst("^[BIES]-", "");
    return switch (name) {
      case "PER", "PERSON" -> EntityType.PERSON;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityType.ORGANIZATION;
      case "LOC", "LOCATION", "GPE" -> EntityType.LOCATION;
      default -> EntityType.OTHER;
    };
  }
}
