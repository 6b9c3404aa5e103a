package io.docintel.inference.pipeline.tokens;

import java.util.Locale;

/**
 * Hugging Face's token-classification aggregation strategies.
 * <ul>
 *   <li>{@code NONE}: one entity per token, labelled with its full tag ({@code B-PER}).</li>
 *   <li>{@code SIMPLE}: tokens grouped by BIO tags; sub-word pieces may split a word.</li>
 *   <li>{@code FIRST}, {@code AVERAGE}, {@code MAX}: each word gets one label from its first
 *       piece, the average of its pieces' probabilities, or its most confident piece; then
 *       words are grouped by BIO tags.</li>
 * </ul>
 */
public enum AggregationStrategy {
  NONE, SIMPLE, FIRST, AVERAGE, MAX;

  public static AggregationStrategy parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown aggregation strategy '" + value
          + "'; expected none, simple, first, average or max", e);
    }
  }
}
