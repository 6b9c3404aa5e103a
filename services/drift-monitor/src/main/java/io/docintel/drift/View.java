package io.docintel.drift;

import io.docintel.common.config.DurationText;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A tumbling event-time window size and the name reports give it, e.g. {@code 5m}. */
public record View(String name, Duration size) {

  public View {
    if (size.isZero() || size.isNegative()) {
      throw new IllegalArgumentException("window size must be positive: " + name);
    }
  }

  /** Parses a comma-separated list such as {@code 5m,1h}; each entry is its own name. */
  @Override
  public String toString() {
    return name;
  }

  public static List<View> parseAll(String text) {
    List<View> views = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> new View(s, DurationText.parse(s))).toList();
    if (views.isEmpty()) {
      throw new IllegalArgumentException("at least one window size is needed");
    }
    return views;
  }
}
