package io.docintel.summarizer.extractive;

/**
 * Which sentences may stand in a summary and how much of each the embedder sees. Sentences
 * shorter than {@code minChars} (headings, list markers) or longer than {@code maxChars} (tables
 * and text without full stops that the splitter could not cut) are left out, unless a chunk has
 * nothing else; the embedder sees at most {@code maxChars} characters of any sentence, so one
 * run-on "sentence" cannot cost more than a normal one.
 */
public record SentenceFilter(int minChars, int maxChars) {

  public SentenceFilter {
    if (minChars < 0 || maxChars <= minChars) {
      throw new IllegalArgumentException("need 0 <= minChars < maxChars: " + minChars + ", " + maxChars);
    }
  }

  public boolean eligible(String sentence) {
    int length = sentence.strip().length();
    return length >= minChars && length <= maxChars;
  }

  /** What the embedder is given for {@code sentence}. */
  public String clip(String sentence) {
    return sentence.length() <= maxChars ? sentence : sentence.substring(0, maxChars);
  }
}
