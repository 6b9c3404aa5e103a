package io.docintel.inference.pipeline.prototype;

/** A label with its calibrated probability and raw cosine similarity to the label's prototype. */
public record LabelScore(String label, double probability, double similarity) {
}
