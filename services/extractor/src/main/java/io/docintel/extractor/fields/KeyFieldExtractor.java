package io.docintel.extractor.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Finds each key field's first value in a text: the value right after its context, if it has one. */
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
      String value = firstValue(rule, text, context.end(), Math.min(text.length(), context.end() + rule.window()));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String firstValue(KeyFieldRule rule, String text, int from, int to) {
    Matcher value = rule.value().matcher(text).region(from, to);
    return value.find() ? value.group() : null;
  }
}
