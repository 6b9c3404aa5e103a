package io.docintel.inference.tokenize;

/**
 * A piece of a longer text: {@code text.substring(start, end)} and how many content tokens
 * (special tokens excluded) it holds.
 */
public record TextSlice(String text, int start, int end, int tokenCount) {
}
