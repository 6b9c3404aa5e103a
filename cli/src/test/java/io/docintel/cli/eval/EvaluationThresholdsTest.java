package io.docintel.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.testkit.eval.EvaluationSet;
import io.docintel.testkit.eval.LabelledDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds {@code docintel evaluate}'s figures, with default settings, above the README's thresholds. */
class EvaluationThresholdsTest {

  /** Measured 0.708 (17 of 24) with the shipped settings; one document less is still allowed. */
  static final double LONG_ACCURACY_FLOOR = 0.66;

  static Evaluation.Result result;

  @BeforeAll
  static void evaluate() {
    List<LabelledDocument> documents = EvaluationSet.load();
    result = Evaluation.run(documents, EvaluateCommand.longDocuments(documents), Map.of(), done -> { });
    System.out.printf("evaluation: macro-F1 %.3f, accuracy %.3f, deterministic entity F1 %.3f, PII recall %.3f%n",
        result.classification().macroF1(), result.classification().accuracy(),
        result.entities().deterministicMicroF1(), result.entities().piiRecall());
    Evaluation.LongDocumentScore long_ = result.longDocuments();
    System.out.printf("long documents: macro-F1 %.3f, accuracy %.3f, %.1f chunks on average, %d escalated%n",
        long_.classification().macroF1(), long_.classification().accuracy(), long_.meanChunks(), long_.escalated());
    for (String label : result.classification().labels()) {
      System.out.printf("  %s F1 %.2f; predicted as:", label, result.classification().f1(label));
      for (String other : result.classification().labels()) {
        System.out.printf(" %s=%d", other, result.classification().confusion(label, other));
      }
      System.out.println();
    }
  }

  /**
   * Regression guards at the measured level of the shipped zero-shot prototypes (accuracy 0.667,
   * macro-F1 0.570 over seven labels, one of which the set never uses); see the README.
   */
  @Test
  void classificationMacroF1AndAccuracy() {
    assertThat(result.classification().macroF1()).isGreaterThanOrEqualTo(0.55);
    assertThat(result.classification().accuracy()).isGreaterThanOrEqualTo(0.65);
  }

  /**
   * Long documents are chunked, so several chunks of the strong model decide; the guard is at
   * the measured level with the shipped settings (see BENCHMARKS.md).
   */
  @Test
  void longDocumentsAreReadInChunks() {
    Evaluation.LongDocumentScore long_ = result.longDocuments();
    assertThat(long_.classification().documents()).isEqualTo(24);
    assertThat(long_.meanChunks()).isGreaterThan(8);
    assertThat(long_.classification().accuracy()).isGreaterThanOrEqualTo(LONG_ACCURACY_FLOOR);
  }

  @Test
  void entityF1OfTheDeterministicTypes() {
    assertThat(result.entities().deterministicMicroF1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void piiRecall() {
    assertThat(result.entities().piiRecall()).isGreaterThanOrEqualTo(0.95);
  }
}
