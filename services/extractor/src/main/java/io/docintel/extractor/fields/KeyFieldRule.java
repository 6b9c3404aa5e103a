package io.docintel.extractor.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A key field: a name, the pattern of its value, and an optional context pattern that must occur
 * within {@code window} characters before the value (e.g. "Invoice No" before an invoice number).
 */
public record KeyFieldRule(String name, Pattern value, Pattern context, int window) {

  /** Invoice number and total amount, the fields most business documents are searched for. */
  public static List<KeyFieldRule> defaults() {
    return List.of(
        new KeyFieldRule("invoice_number", Pattern.compile("[A-Z0-9][A-Z0-9/-]{3,}"),
            Pattern.compile("(?i)invoice\\s*(?:no\\.?|number|#)\\s*:?"), 30),
        new KeyFieldRule("total", Pattern.compile("(?:[€$£]\\s?)?\\d[\\d.,]*\\d(?:\\s?(?:EUR|USD|GBP))?"),
            Pattern.compile("(?i)(?:total(?: due| amount)?|amount due|balance due)\\s*:?"), 25));
  }

  /** Characters after the context within which a value must start, unless a rule says otherwise. */
  public static final int DEFAULT_WINDOW = 40;

  /**
   * Parses {@code name=value-regex[@context-regex[@window]]} rules separated by {@code ;;}, as
   * given in {@code DOCINTEL_EXTRACTOR_KEY_FIELDS}; {@code @} separates the parts, so neither
   * regex may contain one. Example: {@code order_number=PO-\d+@(?i)order\s*no@20}.
   */
  public static List<KeyFieldRule> parse(String text) {
    List<KeyFieldRule> rules = new ArrayList<>();
    for (String rule : text.split(";;")) {
      if (rule.isBlank()) {
        continue;
      }
      int eq = rule.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a key field is name=regex[@context-regex[@window]]: " + rule);
      }
      String[] parts = rule.substring(eq + 1).split("@", 3);
      int window = parts.length > 2 ? Integer.parseInt(parts[2].trim()) : DEFAULT_WINDOW;
      if (window <= 0) {
        throw new IllegalArgumentException("a key field's window must be positive: " + rule);
      }
      rules.add(new KeyFieldRule(rule.substring(0, eq).trim(), Pattern.compile(parts[0]),
          parts.length > 1 && !parts[1].isEmpty() ? Pattern.compile(parts[1]) : null, window));
    }
    return rules;
  }
}
