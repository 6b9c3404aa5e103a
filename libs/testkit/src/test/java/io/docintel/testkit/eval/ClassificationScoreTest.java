package io.docintel.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationScoreTest {

  private static final double EPSILON = 1e-9;

  /**
   * Gold rows, predicted columns:
   * <pre>
   *        a  b  c
   *   a [  2  1  0 ]   a: tp 2, fp 1, fn 1 -> P 2/3, R 2/3, F1 2/3
   *   b [  1  2  1 ]   b: tp 2, fp 1, fn 2 -> P 2/3, R 1/2, F1 4/7
   *   c [  0  0  3 ]   c: tp 3, fp 1, fn 0 -> P 3/4, R 1,   F1 6/7
   * </pre>
   * macro-F1 = (2/3 + 4/7 + 6/7) / 3 = (14 + 12 + 18) / 63 = 44/63; accuracy = 7/10.
   */
  @Test
  void scoresAKnownConfusionMatrix() {
    int[][] matrix = {{2, 1, 0}, {1, 2, 1}, {0, 0, 3}};
    List<String> labels = List.of("a", "b", "c");
    List<LabelPrediction> predictions = new ArrayList<>();
    for (int gold = 0; gold < 3; gold++) {
      for (int predicted = 0; predicted < 3; predicted++) {
        for (int n = 0; n < matrix[gold][predicted]; n++) {
          predictions.add(new LabelPrediction("doc-" + predictions.size(), labels.get(gold), labels.get(predicted)));
        }
      }
    }

    ClassificationScore score = ClassificationScore.of(predictions);

    assertEquals(labels, score.labels());
    assertArrayEquals(matrix, score.confusion());
    assertEquals(1, score.confusion("b", "c"));
    assertEquals(10, score.documents());
    assertEquals(0.7, score.accuracy(), EPSILON);
    assertEquals(2.0 / 3, score.precision("a"), EPSILON);
    assertEquals(0.5, score.recall("b"), EPSILON);
    assertEquals(4.0 / 7, score.f1("b"), EPSILON);
    assertEquals(0.75, score.precision("c"), EPSILON);
    assertEquals(1.0, score.recall("c"), EPSILON);
    assertEquals(6.0 / 7, score.f1("c"), EPSILON);
    assertEquals(44.0 / 63, score.macroF1(), EPSILON);
  }

  /** A label only the classifier uses joins the label set with F1 0: a: F1 2/3, zzz: F1 0 -> macro 1/3. */
  @Test
  void anInventedLabelCountsAgainstMacroF1() {
    ClassificationScore score = ClassificationScore.of(List.of(
        new LabelPrediction("1", "a", "a"), new LabelPrediction("2", "a", "zzz")));

    assertEquals(List.of("a", "zzz"), score.labels());
    assertEquals(1.0, score.precision("a"), EPSILON);
    assertEquals(0.5, score.recall("a"), EPSILON);
    assertEquals(0.0, score.f1("zzz"), EPSILON);
    assertEquals(1.0 / 3, score.macroF1(), EPSILON);
    assertEquals(0.5, score.accuracy(), EPSILON);
  }

  @Test
  void noPredictionsGiveZeros() {
    ClassificationScore score = ClassificationScore.of(List.of());
    assertEquals(0.0, score.macroF1());
    assertEquals(0.0, score.accuracy());
    assertEquals(MatchCounts.NONE, score.counts("a"));
  }
}
