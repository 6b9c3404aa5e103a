package io.docintel.extractor.recognize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money with a currency symbol or code before or after them, in English
 * ({@code 1,250.00}) or continental ({@code 1.250,00}) notation, with scale words
 * ({@code €14.2 million}); canonical form {@code 1250.00 EUR}.
 */
final class MoneyValues {

  private static final String AMOUNT = "\\d{1,3}(?:[.,\\u00a0 ]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
  private static final String SCALE = "(?:\\s?(?<scale>million|billion|thousand|bn|m|k)\\b)?";
  private static final String CODES = "EUR|USD|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN";

  static final Pattern PATTERN = Pattern.compile(
      "(?:(?<symbol>[€$£¥])\\s?(?<a1>" + AMOUNT + ")" + SCALE.replace("scale", "s1")
          + "|\\b(?<code1>" + CODES + ")\\s?(?<a2>" + AMOUNT + ")" + SCALE.replace("scale", "s2")
          + "|(?<a3>" + AMOUNT + ")" + SCALE.replace("scale", "s3") + "\\s?(?<code2>" + CODES + "|euros?|dollars?|pounds?)\\b)");

  private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "$", "USD", "£", "GBP", "¥", "JPY");
  private static final Map<String, BigDecimal> SCALES = Map.of(
      "thousand", BigDecimal.valueOf(1_000), "k", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
      "m", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
      "bn", BigDecimal.valueOf(1_000_000_000));

  private MoneyValues() {}

  /** {@code <amount with two decimals> <ISO 4217 code>} for a match of {@link #PATTERN}, or null. */
  static String canonical(Matcher m) {
    String amount = first(m, "a1", "a2", "a3");
    String currency = m.group("symbol") != null ? SYMBOLS.get(m.group("symbol")) : currency(first(m, "code1", "code2"));
    String scale = first(m, "s1", "s2", "s3");
    BigDecimal value = parse(amount);
    if (value == null || currency == null) {
      return null;
    }
    if (scale != null) {
      value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
    }
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
  }

  /** Reads 1,250.00 and 1.250,00 alike: a separator followed by exactly one or two digits at the end is the decimal mark. */
  static BigDecimal parse(String amount) {
    String digits = amount.replace("\u00a0", "").replace(" ", "");
    int lastMark = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
    String integer = digits;
    String fraction = "";
    if (lastMark >= 0 && digits.length() - lastMark - 1 <= 2) {
      integer = digits.substring(0, lastMark);
      fraction = digits.substring(lastMark + 1);
    }
    integer = integer.replace(".", "").replace(",", "");
    try {
      return new BigDecimal(integer + (fraction.isEmpty() ? "" : "." + fraction));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String currency(String word) {
    if (word == null) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.startsWith("euro")) {
      return "EUR";
    }
    if (lower.startsWith("dollar")) {
      return "USD";
    }
    if (lower.startsWith("pound")) {
      return "GBP";
    }
    return word.toUpperCase(Locale.ROOT);
  }

  private static String first(Matcher m, String... groups) {
    for (String group : groups) {
      if (m.group(group) != null) {
        return m.group(group);
      }
    }
    return null;
  }
}
