package io.docintel.common.config;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * One typed configuration parameter: a dotted key, the environment variable it is read from
 * ({@code DOCINTEL_} + the key upper-cased, dots and dashes as underscores), a parser, a default
 * (null when required) and a one-line description for {@code --help} and the README.
 *
 * @param <T> the parsed type
 */
public record Setting<T>(
    String key, Function<String, T> parser, T defaultValue, String doc, boolean secret) {

  /** A setting whose value may be logged. */
  public static <T> Setting<T> of(String key, Function<String, T> parser, T defaultValue, String doc) {
    return new Setting<>(key, parser, defaultValue, doc, false);
  }

  /** A setting whose value is masked wherever config is shown. */
  public static <T> Setting<T> secret(String key, Function<String, T> parser, T defaultValue, String doc) {
    return new Setting<>(key, parser, defaultValue, doc, true);
  }

  public static Setting<String> string(String key, String defaultValue, String doc) {
    return of(key, Function.identity(), defaultValue, doc);
  }

  public static Setting<Integer> integer(String key, Integer defaultValue, String doc) {
    return of(key, Integer::valueOf, defaultValue, doc);
  }

  /** A whole number of at least 1: a count or a limit for which 0 would mean no work at all. */
  public static Setting<Integer> count(String key, Integer defaultValue, String doc) {
    return of(key, Setting::parseCount, defaultValue, doc);
  }

  public static Setting<Long> bytes(String key, Long defaultValue, String doc) {
    return of(key, ByteSize::parse, defaultValue, doc);
  }

  public static Setting<Boolean> flag(String key, Boolean defaultValue, String doc) {
    return of(key, Setting::parseBoolean, defaultValue, doc);
  }

  public static Setting<Duration> duration(String key, Duration defaultValue, String doc) {
    return of(key, DurationText::parse, defaultValue, doc);
  }

  /**
   * The same setting with another default, for a service whose work calls for one. {@link Config}
   * finds a value by key, so code that reads the shared setting gets this one's value.
   */
  public Setting<T> withDefault(T otherDefault) {
    return new Setting<>(key, parser, otherDefault, doc, secret);
  }

  /** The environment variable this setting is read from. */
  public String envName() {
    return "DOCINTEL_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** Whether the setting must be given. */
  public boolean required() {
    return defaultValue == null;
  }

  private static Integer parseCount(String text) {
    int value = Integer.parseInt(text.trim());
    if (value < 1) {
      throw new IllegalArgumentException("expected a whole number of at least 1");
    }
    return value;
  }

  private static Boolean parseBoolean(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }
}
