package io.docintel.inference.pipeline.tokens;

/**
 * A recognised span: its label (the entity type such as {@code PER}, or the full tag such as
 * {@code B-PER} with strategy {@code none}), mean score, and {@code text.substring(start, end)}
 * of the original text.
 */
public record Entity(String label, double score, int start, int end, String text) {
}
