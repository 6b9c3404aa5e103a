package io.docintel.cli.audit;

import io.docintel.classifier.ClassifierApp;
import io.docintel.common.topic.TopicNames;
import io.docintel.enricher.EnricherApp;
import io.docintel.enricher.join.ResultKind;
import io.docintel.extractor.ExtractorApp;
import io.docintel.normalizer.NormalizerApp;
import io.docintel.summarizer.SummarizerApp;
import java.util.Locale;

/**
 * The parts of an enriched record: each made by one service and read by the enricher from one
 * topic, so a part's absence is explained by a dead letter of the service that makes it or of the
 * enricher reading it.
 */
enum Part {
  NORMALIZED(NormalizerApp.SERVICE, TopicNames.NORMALIZED),
  EXTRACTION(ExtractorApp.SERVICE, TopicNames.EXTRACTIONS),
  CLASSIFICATION(ClassifierApp.SERVICE, TopicNames.CLASSIFICATIONS),
  SUMMARY(SummarizerApp.SERVICE, TopicNames.SUMMARIES);

  private final String service;
  private final String topic;

  Part(String service, String topic) {
    this.service = service;
    this.topic = topic;
  }

  static Part of(ResultKind kind) {
    return switch (kind) {
      case EXTRACTION -> EXTRACTION;
      case CLASSIFICATION -> CLASSIFICATION;
      case SUMMARY -> SUMMARY;
    };
  }

  /** Whether {@code letter} says why this part is missing. */
  boolean explainedBy(DeadLetterFact letter) {
    return letter.service().equals(service)
        || letter.service().equals(EnricherApp.SERVICE) && topic.equals(letter.sourceTopic());
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
