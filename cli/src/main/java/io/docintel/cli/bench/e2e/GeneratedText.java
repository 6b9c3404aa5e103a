package io.docintel.cli.bench.e2e;

import java.util.Random;

/**
 * Seeded business prose of a chosen length, for benchmarks: sentences of 6 to 28 words in
 * paragraphs, with the names, amounts, dates and e-mail addresses that give the extractor work.
 * About 130 words (with their names, amounts and addresses) fill one 256-token chunk of the MiniLM tokenizer.
 */
final class GeneratedText {

  static final int WORDS_PER_CHUNK = 130;

  private static final String[] WORDS = ("the invoice payment contract customer supplier delivery order amount "
      + "date account bank transfer service agreement terms party notice period company report revenue "
      + "quarter growth market product price discount shipment warehouse employee manager team project "
      + "deadline meeting review approval request document policy claim insurance risk data model system "
      + "update release version board committee budget forecast audit compliance schedule region office "
      + "was is will should must may has had received confirmed delayed approved signed reviewed shipped "
      + "for with from under after before during within of to in on by and or but").split(" ");
  private static final String[] NAMES = {"Maria Keller", "John Okafor", "Aiko Tanaka", "Pierre Lambert",
      "Sofia Rossi", "David Chen", "Acme Logistics", "Northwind Traders", "Globex Corporation", "Berlin",
      "Lisbon", "Toronto"};

  private GeneratedText() {}

  /** About {@code words} words of prose. */
  static String of(Random random, int words) {
    StringBuilder text = new StringBuilder();
    int written = 0;
    int sentencesInParagraph = 0;
    while (written < words) {
      int length = 6 + random.nextInt(23);
      text.append(sentence(random, length));
      written += length;
      if (++sentencesInParagraph == 5) {
        text.append("\n\n");
        sentencesInParagraph = 0;
      } else {
        text.append(' ');
      }
    }
    return text.toString().strip() + "\n";
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = switch (random.nextInt(40)) {
        case 0 -> NAMES[random.nextInt(NAMES.length)];
        case 1 -> "EUR " + (100 + random.nextInt(90_000)) + "." + (10 + random.nextInt(90));
        case 2 -> "2026-0" + (1 + random.nextInt(9)) + "-" + (10 + random.nextInt(19));
        case 3 -> "contact" + random.nextInt(100) + "@example.com";
        default -> WORDS[random.nextInt(WORDS.length)];
      };
      s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      s.append(i == words - 1 ? "." : " ");
    }
    return s.toString();
  }
}
