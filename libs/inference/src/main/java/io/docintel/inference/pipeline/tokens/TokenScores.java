package io.docintel.inference.pipeline.tokens;

/**
 * One content token's label probabilities (in {@code id2label} order), the characters
 * {@code [start, end)} it covers in the original text, and its word index.
 */
public record TokenScores(int start, int end, int wordId, double[] probabilities) {
}
