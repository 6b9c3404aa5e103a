package io.docintel.inference.pipeline.prototype;

import java.util.List;

/**
 * One label for zero-/few-shot classification: natural-language descriptions and/or example
 * texts. At least one of the two must be given.
 */
public record LabelSpec(String label, List<String> descriptions, List<String> examples) {

  public LabelSpec {
    descriptions = List.copyOf(descriptions);
    examples = List.copyOf(examples);
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    if (descriptions.isEmpty() && examples.isEmpty()) {
      throw new IllegalArgumentException("label '" + label + "' needs a description or an example");
    }
  }

  public static LabelSpec described(String label, String... descriptions) {
    return new LabelSpec(label, List.of(descriptions), List.of());
  }

  public static LabelSpec byExamples(String label, String... examples) {
    return new LabelSpec(label, List.of(), List.of(examples));
  }
}
