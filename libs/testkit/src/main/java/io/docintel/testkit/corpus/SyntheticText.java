package io.docintel.testkit.corpus;

import java.util.Random;

/**
 * Texts generated for the corpus, seeded so every run posts the same ones: plain English-like
 * sentences by count or by size, and the degenerate shapes (one endless word, endless lines,
 * numbers only, punctuation only) that stress sentence splitting, chunking and tokenizers.
 */
public final class SyntheticText {

  private static final String[] SUBJECTS = {"The north depot", "Our supplier", "The audit team", "A customer",
      "The night shift", "The finance office", "Each branch", "The new system"};
  private static final String[] VERBS = {"shipped", "counted", "reviewed", "returned", "approved", "logged",
      "repaired", "ordered"};
  private static final String[] OBJECTS = {"crates of paper", "invoices", "spare parts", "service tickets",
      "delivery notes", "desk lamps", "safety checks", "pallets"};

  private SyntheticText() {}

  /** {@code count} short sentences, one space apart. */
  public static String sentences(int count) {
    Random random = new Random(count);
    StringBuilder text = new StringBuilder(count * 48);
    for (int i = 0; i < count; i++) {
      appendSentence(text, random, i);
    }
    return text.toString();
  }

  /** Sentences in paragraphs until the text has at least {@code bytes} UTF-8 bytes (all ASCII). */
  public static String ofSize(long bytes) {
    Random random = new Random(bytes);
    StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 64, bytes + 64));
    for (int i = 0; text.length() < bytes; i++) {
      appendSentence(text, random, i);
      if (i % 8 == 7) {
        text.append('\n').append('\n');
      }
    }
    return text.toString();
  }

  /** One word of {@code length} letters, between two ordinary sentences. */
  public static String longWord(int length) {
    StringBuilder text = new StringBuilder(length + 80).append("The word that follows has no end. ");
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + i % 26));
    }
    return text.append(". That was the whole word.").toString();
  }

  /** {@code lines} lines of {@code length} characters each: words, but never a full stop. */
  public static String longLines(int lines, int length) {
    Random random = new Random(lines * 31L + length);
    StringBuilder text = new StringBuilder(lines * (length + 1));
    for (int line = 0; line < lines; line++) {
      int end = text.length() + length;
      while (text.length() < end) {
        text.append(OBJECTS[random.nextInt(OBJECTS.length)]).append(' ');
      }
      text.setLength(end);
      text.append('\n');
    }
    return text.toString();
  }

  /** Numbers and number-like tokens only: amounts, dates, ids, separated by spaces and newlines. */
  public static String numbersOnly(int count) {
    Random random = new Random(count);
    StringBuilder text = new StringBuilder(count * 8);
    for (int i = 0; i < count; i++) {
      switch (i % 4) {
        case 0 -> text.append(random.nextInt(1_000_000));
        case 1 -> text.append(random.nextInt(100)).append('.').append(random.nextInt(100));
        case 2 -> text.append("2026-").append(1 + random.nextInt(12)).append('-').append(1 + random.nextInt(28));
        default -> text.append('-').append(random.nextInt(5000));
      }
      text.append(i % 12 == 11 ? '\n' : ' ');
    }
    return text.toString();
  }

  /** Punctuation only, in runs of varying length. */
  public static String punctuationOnly(int count) {
    String marks = ".,;:!?-()[]{}'\"/\\…—«»¿¡";
    Random random = new Random(count);
    StringBuilder text = new StringBuilder(count * 2);
    for (int i = 0; i < count; i++) {
      text.append(marks.charAt(random.nextInt(marks.length())));
      if (random.nextInt(5) == 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static void appendSentence(StringBuilder text, Random random, int index) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append(' ');
    }
    text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
        .append(VERBS[random.nextInt(VERBS.length)]).append(' ')
        .append(1 + random.nextInt(90)).append(' ')
        .append(OBJECTS[random.nextInt(OBJECTS.length)]).append(" in week ")
        .append(index % 52 + 1).append('.');
  }
}
