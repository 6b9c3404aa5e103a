package io.docintel.extractor.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads configured key fields from a text: each rule's first value that starts within its window
 * after an occurrence of its context (or anywhere, for a rule without context). In: whole text;
 * out: field name → value as written. Thread-safe.
 */
public final class KeyFieldExtractor {

  private final List<KeyFieldRule> rules;

  public KeyFieldExtractor(List<KeyFieldRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public Map<String, String> extract(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (KeyFieldRule rule : rules) {
      String value = rule.context() == null ? firstValue(rule, text, 0, text.length()) : afterContext(rule, text);
      if (value != null) {
        fields.put(rule.name(), value);
      }
    }
    return fields;
  }

  private static String afterContext(KeyFieldRule rule, String text) {
    Matcher context = rule.context().matcher(text);
    while (context.find()) {
      String value = firstValue(rule, text, context.end(), context.end() + rule.window());
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first value starting in [from, startLimit); it may run past startLimit. */
  private static String firstValue(KeyFieldRule rule, String text, int from, int startLimit) {
    Matcher value = rule.value().matcher(text);
    return value.find(from) && value.start() < startLimit ? value.group() : null;
  }
}
