package io.docintel.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityScoreTest {

  private static final double EPSILON = 1e-9;
  private static final String TEXT = "Mail anna@example.org by 14 March 2025, pay €5.00 to Anna Berg.";

  private static final AnnotatedEntity EMAIL = gold("EMAIL", "anna@example.org", null);
  private static final AnnotatedEntity DATE = gold("DATE", "14 March 2025", "2025-03-14");
  private static final AnnotatedEntity MONEY = gold("MONEY", "€5.00", "5.00 EUR");
  private static final AnnotatedEntity PERSON = gold("PERSON", "Anna Berg", null);
  private static final List<LabelledDocument> GOLD = List.of(
      new LabelledDocument("d1", "invoice", TEXT, List.of(EMAIL, DATE, MONEY, PERSON), true),
      new LabelledDocument("d2", "news", TEXT, List.of(), false));

  private static AnnotatedEntity gold(String type, String mention, String normalized) {
    int start = TEXT.indexOf(mention);
    return new AnnotatedEntity(type, start, start + mention.length(), mention, normalized,
        EntityTypes.isPersonalData(type));
  }

  /**
   * EMAIL and MONEY exact (tp 2); DATE one character short (fp 1 + fn 1); a spurious PHONE (fp 1);
   * PERSON found only as a non-personal ORGANIZATION (ignored type, fn 1 for PERSON).
   * Deterministic: tp 2, fp 2, fn 1 -> P 1/2, R 2/3, F1 4/7. PII: EMAIL covered, PERSON not -> 1/2.
   * Normalization: only MONEY matched with a value, and it is right -> 1. d2 is unannotated: ignored.
   */
  @Test
  void matchesExactSpanAndTypeOnly() {
    Map<String, List<PredictedEntity>> predictions = Map.of(
        "d1", List.of(
            new PredictedEntity("EMAIL", EMAIL.start(), EMAIL.end()),
            new PredictedEntity("DATE", DATE.start(), DATE.end() - 1, "2025-03-14", false),
            new PredictedEntity("MONEY", MONEY.start(), MONEY.end(), "5.00 EUR", false),
            new PredictedEntity("PHONE", 0, 4),
            new PredictedEntity("ORGANIZATION", PERSON.start(), PERSON.end())),
        "d2", List.of(new PredictedEntity("PHONE", 0, 4)));

    EntityScore score = EntityScore.of(GOLD, predictions);

    assertEquals(1, score.documents());
    assertEquals(new MatchCounts(1, 0, 0), score.counts("EMAIL"));
    assertEquals(new MatchCounts(0, 1, 1), score.counts("DATE"));
    assertEquals(new MatchCounts(0, 1, 0), score.counts("PHONE"));
    assertEquals(new MatchCounts(0, 0, 1), score.counts("PERSON"));
    assertEquals(MatchCounts.NONE, score.counts("ORGANIZATION"));
    assertEquals(new MatchCounts(2, 2, 1), score.deterministic());
    assertEquals(4.0 / 7, score.deterministicMicroF1(), EPSILON);
    assertEquals(2, score.personalDataMentions());
    assertEquals(0.5, score.piiRecall(), EPSILON);
    assertEquals(1.0, score.normalizationAccuracy(), EPSILON);
  }

  /** PII recall needs only overlap with some personal-data prediction, whatever its type. */
  @Test
  void piiRecallCountsPartialOverlapOfAnyPersonalDataType() {
    Map<String, List<PredictedEntity>> predictions = Map.of("d1", List.of(
        new PredictedEntity("OTHER", EMAIL.start() + 5, EMAIL.end() + 3, null, true),
        new PredictedEntity("PERSON", PERSON.end() - 4, PERSON.end())));

    EntityScore score = EntityScore.of(GOLD, predictions);

    assertEquals(1.0, score.piiRecall(), EPSILON);
    assertEquals(new MatchCounts(0, 1, 1), score.counts("PERSON"));
    assertEquals(new MatchCounts(0, 0, 3), score.deterministic());
    assertEquals(0.0, score.deterministicMicroF1(), EPSILON);
  }

  @Test
  void aDocumentWithoutPredictionsCountsEveryMentionAsMissed() {
    EntityScore score = EntityScore.of(GOLD, Map.of());
    assertEquals(new MatchCounts(0, 0, 3), score.deterministic());
    assertEquals(0.0, score.piiRecall(), EPSILON);
  }
}
