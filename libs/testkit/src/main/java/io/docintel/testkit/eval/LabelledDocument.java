package io.docintel.testkit.eval;

import java.util.List;
import java.util.Objects;

/**
 * One document of the evaluation set: its id, its gold label, its plain text, and — when
 * {@code annotated} — every mention of the annotated entity types in it. An unannotated
 * document has an empty entity list that says nothing about its entities; entity scoring
 * skips it.
 */
public record LabelledDocument(String id, String label, String text, List<AnnotatedEntity> entities,
    boolean annotated) {

  public LabelledDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    entities = entities == null ? List.of() : List.copyOf(entities);
    if (!annotated && !entities.isEmpty()) {
      throw new IllegalArgumentException(id + ": entities on a document not marked annotated");
    }
    for (AnnotatedEntity entity : entities) {
      if (entity.end() > text.length() || !text.substring(entity.start(), entity.end()).equals(entity.text())) {
        throw new IllegalArgumentException(id + ": span [" + entity.start() + "," + entity.end()
            + ") does not cover \"" + entity.text() + "\"");
      }
    }
  }
}
