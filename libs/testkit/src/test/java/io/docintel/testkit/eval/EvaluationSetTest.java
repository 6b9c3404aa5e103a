package io.docintel.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluationSetTest {

  private static List<LabelledDocument> documents;

  @BeforeAll
  static void load() {
    documents = EvaluationSet.load();
  }

  @Test
  void hasAtLeastTwelveDocumentsForEachOfTheSixDefaultLabels() {
    Map<String, Long> perLabel = documents.stream()
        .collect(Collectors.groupingBy(LabelledDocument::label, Collectors.counting()));
    assertEquals(Set.copyOf(EvalSetGenerator.LABELS), perLabel.keySet());
    perLabel.forEach((label, count) -> assertTrue(count >= 12, label + " has " + count));
    assertTrue(documents.size() >= 72);
    assertEquals(documents.size(), documents.stream().map(LabelledDocument::id).distinct().count(), "ids unique");
  }

  @Test
  void annotatesAtLeastSixDocumentsPerLabelAndThirtySixInAll() {
    Map<String, Long> annotated = documents.stream().filter(LabelledDocument::annotated)
        .collect(Collectors.groupingBy(LabelledDocument::label, Collectors.counting()));
    annotated.forEach((label, count) -> assertTrue(count >= 6, label + " has " + count + " annotated"));
    assertEquals(6, annotated.size());
    assertTrue(annotated.values().stream().mapToLong(Long::longValue).sum() >= 36);
  }

  @Test
  void everyAnnotationCoversItsTextWithAKnownType() {
    for (LabelledDocument document : documents) {
      for (AnnotatedEntity entity : document.entities()) {
        assertEquals(entity.text(), document.text().substring(entity.start(), entity.end()), document.id());
        assertTrue(EntityTypes.ANNOTATED.contains(entity.type()), entity.type());
        assertEquals(EntityTypes.isPersonalData(entity.type()), entity.personalData(), document.id());
      }
    }
  }

  @Test
  void everyAnnotatedTypeOccurs() {
    Set<String> types = documents.stream().flatMap(d -> d.entities().stream())
        .map(AnnotatedEntity::type).collect(Collectors.toSet());
    assertEquals(Set.copyOf(EntityTypes.ANNOTATED), types);
  }

  @Test
  void datesAndAmountsCarryANormalizedValueAndNothingElseDoes() {
    for (LabelledDocument document : documents) {
      for (AnnotatedEntity entity : document.entities()) {
        switch (entity.type()) {
          case EntityTypes.DATE -> assertTrue(entity.normalized().matches("\\d{4}-\\d{2}-\\d{2}"), entity.text());
          case EntityTypes.MONEY -> assertTrue(entity.normalized().matches("\\d+\\.\\d{2} [A-Z]{3}"), entity.text());
          default -> assertNull(entity.normalized(), entity.text());
        }
      }
    }
  }

  @Test
  void everyIbanPassesModNinetySevenAndEveryCardPassesLuhn() {
    List<AnnotatedEntity> all = documents.stream().flatMap(d -> d.entities().stream()).toList();
    List<AnnotatedEntity> ibans = all.stream().filter(e -> e.type().equals(EntityTypes.IBAN)).toList();
    List<AnnotatedEntity> cards = all.stream().filter(e -> e.type().equals(EntityTypes.CREDIT_CARD)).toList();
    assertTrue(ibans.size() >= 5 && cards.size() >= 3);
    ibans.forEach(iban -> assertTrue(Checksums.ibanValid(iban.text()), iban.text()));
    cards.forEach(card -> assertTrue(Checksums.luhnValid(card.text()), card.text()));
  }

  @Test
  void committedFileIsWhatTheGeneratorMakesFromTheSources() {
    assertEquals(EvalSetGenerator.generateFromClasspath(), documents,
        "documents.jsonl is stale: run EvalSetGenerator after editing eval-source/");
  }

  @Test
  void unannotatedDocumentsHaveNoEntities() {
    documents.stream().filter(d -> !d.annotated()).forEach(d -> assertTrue(d.entities().isEmpty(), d.id()));
    assertNotNull(documents.get(0).text());
  }
}
