package io.docintel.inference.pipeline.classification;

/** A label from the model's {@code id2label} and its probability. */
public record LabelProbability(String label, double probability) {
}
