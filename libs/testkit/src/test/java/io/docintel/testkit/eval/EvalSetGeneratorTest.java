package io.docintel.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalSetGeneratorTest {

  /** Sixty filler words, to pass the length check. */
  private static final String FILLER = " word".repeat(60);

  @Test
  void stripsMarkersAndRecordsOffsetsIntoThePlainText() {
    LabelledDocument document = EvalSetGenerator.toDocument("d", "invoice", true,
        "Pay [[MONEY:€1,250.00|1250.00 EUR]] to [[PERSON:Ana Ruiz]] by [[DATE:2025-03-14|2025-03-14]]." + FILLER);

    assertTrue(document.text().startsWith("Pay €1,250.00 to Ana Ruiz by 2025-03-14." + " word"));
    List<AnnotatedEntity> entities = document.entities();
    assertEquals(new AnnotatedEntity("MONEY", 4, 13, "€1,250.00", "1250.00 EUR", false), entities.get(0));
    assertEquals(new AnnotatedEntity("PERSON", 17, 25, "Ana Ruiz", null, true), entities.get(1));
    assertEquals(new AnnotatedEntity("DATE", 29, 39, "2025-03-14", "2025-03-14", false), entities.get(2));
  }

  @Test
  void readsHeadersAndSkipsLeadingComments() {
    String source = "# comment\n=== news-1 annotated\nOn [[DATE:1 May 2025|2025-05-01]] it rained." + FILLER
        + "\n=== news-2\nPlain text." + FILLER + "\n";
    List<LabelledDocument> documents = EvalSetGenerator.parseSource("news", source);
    assertEquals(List.of("news-1", "news-2"), documents.stream().map(LabelledDocument::id).toList());
    assertTrue(documents.get(0).annotated());
    assertFalse(documents.get(1).annotated());
    assertEquals("news", documents.get(1).label());
  }

  @Test
  void refusesABadChecksumAMissingNormalizedValueAndAnUnmarkedMention() {
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", true,
        "[[IBAN:DE12 7605 0000 0084 2133 78]]" + FILLER));
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", true,
        "[[CREDIT_CARD:4012 8888 8888 1882]]" + FILLER));
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", true,
        "[[DATE:1 May 2025]]" + FILLER));
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", true,
        "Write to [[EMAIL:a@example.org]] or b@example.org." + FILLER));
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", true,
        "It rose by 5%." + FILLER));
  }

  @Test
  void refusesMarkersInUnannotatedDocumentsAndTooShortTexts() {
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", false,
        "[[PERSON:Ana Ruiz]]" + FILLER));
    assertThrows(IllegalStateException.class, () -> EvalSetGenerator.toDocument("d", "x", false, "Too short."));
  }
}
