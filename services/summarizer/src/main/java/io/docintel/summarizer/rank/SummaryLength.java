package io.docintel.summarizer.rank;

import java.util.Locale;

/**
 * How long a summary is: a number of sentences ({@code 5}) or a share of the document's
 * sentences ({@code 0.2} or {@code 20%}). Either way at least one sentence and never more than
 * the document has.
 */
public record SummaryLength(int sentences, double ratio) {

  public SummaryLength {
    if (sentences < 0 || ratio < 0 || ratio > 1 || (sentences == 0) == (ratio == 0)) {
      throw new IllegalArgumentException("a summary length is a positive sentence count or a ratio in (0, 1]");
    }
  }

  public static SummaryLength sentences(int count) {
    return new SummaryLength(count, 0);
  }

  public static SummaryLength ratio(double ratio) {
    return new SummaryLength(0, ratio);
  }

  /** {@code 5} → 5 sentences; {@code 0.2} or {@code 20%} → a fifth of the sentences. */
  public static SummaryLength parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.endsWith("%")) {
        return ratio(Double.parseDouble(value.substring(0, value.length() - 1).trim()) / 100);
      }
      if (value.contains(".")) {
        return ratio(Double.parseDouble(value));
      }
      return sentences(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a sentence count (5) or a ratio (0.2 or 20%)");
    }
  }

  public boolean isRatio() {
    return ratio > 0;
  }

  /** Sentences the summary of a document with {@code available} sentences has. */
  public int resolve(int available) {
    if (available <= 0) {
      return 0;
    }
    int wanted = isRatio() ? (int) Math.round(ratio * available) : sentences;
    return Math.max(1, Math.min(wanted, available));
  }

  @Override
  public String toString() {
    return isRatio() ? String.format(Locale.ROOT, "%.4g%%", ratio * 100) : String.valueOf(sentences);
  }
}
