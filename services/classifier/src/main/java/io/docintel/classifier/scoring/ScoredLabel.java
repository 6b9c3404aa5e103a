package io.docintel.classifier.scoring;

/** A document-level label and its calibrated confidence, 0 to 1. */
public record ScoredLabel(String label, double score) {
}
