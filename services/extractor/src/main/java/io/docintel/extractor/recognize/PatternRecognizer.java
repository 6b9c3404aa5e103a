package io.docintel.extractor.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic recognizers: e-mail, phone, URL, IPv4, IBAN (mod-97), card numbers (Luhn),
 * dates (to ISO-8601), money (to amount and ISO 4217 code) and percentages. A match whose check
 * fails is not a mention. Confidence is 1.
 */
public final class PatternRecognizer implements EntityRecognizer {

  public static final String NAME = "pattern";

  /** One type's pattern and how a match becomes a canonical value (null: not a mention). */
  private record Rule(EntityType type, Pattern pattern, Function<Matcher, String> canonical) {}

  private static final String NOT_A_MENTION = null;

  private static final List<Rule> RULES = List.of(
      new Rule(EntityType.EMAIL, Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b"),
          m -> m.group().toLowerCase(Locale.ROOT)),
      new Rule(EntityType.URL, Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"]+"), m -> m.group()),
      new Rule(EntityType.IP_ADDRESS,
          Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\b"),
          m -> m.group()),
      new Rule(EntityType.IBAN, Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"),
          m -> {
            String compact = m.group().replace(" ", "");
            return Checksums.validIban(compact) ? compact : NOT_A_MENTION;
          }),
      new Rule(EntityType.CREDIT_CARD, Pattern.compile("(?<![A-Z]{2}\\d{2} )\\b(?:\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{4}(?:[ -]\\d{1,3})?|\\d{4}[ -]\\d{6}[ -]\\d{5}|\\d{13,19})\\b"),
          m -> {
            String digits = m.group().replaceAll("[ -]", "");
            return Checksums.luhn(digits) ? digits : NOT_A_MENTION;
          }),
      new Rule(EntityType.DATE, DateValues.PATTERN, DateValues::iso),
      new Rule(EntityType.MONEY, MoneyValues.PATTERN, MoneyValues::canonical),
      new Rule(EntityType.PERCENT, Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b)"),
          m -> m.group().replaceAll("\\s?(?:%|percent|per cent)$", "").replace(',', '.') + "%"),
      new Rule(EntityType.PHONE,
          Pattern.compile("(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?)?\\d{1,5}(?:[ .-]\\d{2,6}){1,4}(?![\\w])"),
          PatternRecognizer::phone));

  @Override
  public List<Mention> recognize(String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        int end = trimTrailingPunctuation(text, m.start(), m.end(), rule.type());
        String value = rule.canonical().apply(m);
        if (value != null) {
          String mention = text.substring(m.start(), end);
          String normalized = rule.type() == EntityType.URL ? mention : value;
          mentions.add(new Mention(rule.type(), m.start(), end, mention, normalized, 1.0, NAME));
        }
      }
    }
    return mentions;
  }

  /** A phone number has 7 to 15 digits and starts with +, a bracketed area code, or a trunk 0 or 1. */
  private static String phone(Matcher m) {
    String mention = m.group();
    String digits = mention.replaceAll("\\D", "");
    char first = mention.charAt(0);
    boolean looksDialled = first == '+' || first == '(' || first == '0' || first == '1';
    if (!looksDialled || digits.length() < 7 || digits.length() > 15) {
      return NOT_A_MENTION;
    }
    return (first == '+' ? "+" : "") + digits;
  }

  private static int trimTrailingPunctuation(String text, int start, int end, EntityType type) {
    if (type != EntityType.URL) {
      return end;
    }
    int trimmed = end;
    while (trimmed > start && ".,;:!?)]'\"".indexOf(text.charAt(trimmed - 1)) >= 0) {
      trimmed--;
    }
    return trimmed;
  }
}
