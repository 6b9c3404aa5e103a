package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.schemas.Extraction;
import io.docintel.testkit.eval.EntityScore;
import io.docintel.testkit.eval.EvaluationSet;
import io.docintel.testkit.eval.LabelledDocument;
import io.docintel.testkit.eval.PredictedEntity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the project's labelled evaluation set, with the thresholds the README states:
 * entity F1 over the deterministic types, PII recall, normalized values of dates and money, and
 * F1 of person names from the default (OpenNLP + embedding) recognizer.
 */
class ExtractorEvaluationTest {

  static final List<AutoCloseable> owned = new ArrayList<>();
  static EntityScore score;

  @BeforeAll
  static void evaluate() {
    DocumentExtractor extractor = ExtractorApp.extractor(
        Config.load(ExtractorApp.SETTINGS, Map.of()), new SimpleMeterRegistry(), owned);
    List<LabelledDocument> documents = EvaluationSet.load();
    Map<String, List<PredictedEntity>> predictions = new HashMap<>();
    for (LabelledDocument document : documents) {
      Extraction extraction = extractor.extract(TestDocuments.unchunked(document.id(), document.text()));
      predictions.put(document.id(), extraction.getEntities().stream()
          .map(e -> new PredictedEntity(e.getType(), e.getSpan().getStart(), e.getSpan().getEnd(),
              e.getNormalizedValue(), e.getPersonalData()))
          .toList());
    }
    score = EntityScore.of(documents, predictions);
    System.out.printf("extractor on the evaluation set: deterministic micro-F1 %.3f, PII recall %.3f, "
        + "normalization accuracy %.3f%n", score.deterministicMicroF1(), score.piiRecall(), score.normalizationAccuracy());
    for (String type : List.of("EMAIL", "PHONE", "URL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "DATE", "MONEY", "PERCENT",
        "PERSON")) {
      System.out.printf("  %-12s P %.2f R %.2f F1 %.2f%n", type, score.precision(type), score.recall(type), score.f1(type));
    }
  }

  @AfterAll
  static void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void deterministicTypesReachTheStatedF1() {
    assertThat(score.deterministicMicroF1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void personalDataIsFoundAtTheStatedRecall() {
    assertThat(score.piiRecall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void personNamesFromTheDefaultModelRecognizerReachF1() {
    assertThat(score.f1("PERSON")).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void datesAndMoneyGetTheirCanonicalValues() {
    assertThat(score.normalizationAccuracy()).isGreaterThanOrEqualTo(0.95);
  }
}
