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

  /**
   * Parses {@code name=value-regex[@context-regex]} rules separated by {@code ;;}, as given in
   * {@code DOCINTEL_EXTRACTOR_KEY_FIELDS}.
   */
  public static List<KeyFieldRule> parse(String text) {
    List<KeyFieldRule> rules = new ArrayList<>();
    for (String rule : text.split(";;")) {
      if (rule.isBlank()) {
        continue;
      }
      int eq = rule.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a key field is name=regex[@context-regex]: " + rule);
      }
      String[] parts = rule.substring(eq + 1).split("@", 2);
      rules.add(new KeyFieldRule(rule.substring(0, eq).trim(), Pattern.compile(parts[0]),
          parts.length > 1 ? Pattern.compile(parts[1]) : null, 40));
    }
    return rules;
  }
}
