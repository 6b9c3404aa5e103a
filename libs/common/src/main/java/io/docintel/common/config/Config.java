package io.docintel.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Validated configuration: the declared {@link Setting}s parsed from environment variables,
 * optionally on top of a properties file named by {@code DOCINTEL_CONFIG_FILE} (keys in dotted
 * form; the environment wins). Built from a plain map so tests pass their own.
 *
 * <p>Loading fails fast with one {@link ConfigException} listing every bad or missing key, and
 * every Kafka security variable that does not fit the others (a SASL protocol without its
 * mechanism or login, TLS files that do not exist, SASL or TLS settings on a PLAINTEXT protocol).
 */
public final class Config {

  /** Names a properties file whose dotted keys are read before the environment. */
  public static final String CONFIG_FILE_ENV = "DOCINTEL_CONFIG_FILE";

  private static final String KAFKA_PREFIX = "kafka";

  /** Declared settings by key, in declaration order. */
  private final Map<String, Setting<?>> declared;
  /** Parsed values (or defaults) by key. */
  private final Map<String, Object> values;
  private final Map<String, String> raw;

  private Config(Map<String, Setting<?>> declared, Map<String, Object> values, Map<String, String> raw) {
    this.declared = declared;
    this.values = values;
    this.raw = raw;
  }

  /**
   * Parses {@code settings} from {@code env} (usually {@code System.getenv()}). Settings are told
   * apart by key: of two with the same key, the later one is declared (see {@link Setting#withDefault}).
   */
  public static Config load(Collection<Setting<?>> settings, Map<String, String> env) {
    Map<String, String> raw = new TreeMap<>(fileValues(env));
    raw.putAll(env);
    Map<String, Setting<?>> declared = new LinkedHashMap<>();
    settings.forEach(setting -> declared.put(setting.key(), setting));
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Setting<?> setting : declared.values()) {
      String text = raw.get(setting.envName());
      if (text == null || text.isBlank()) {
        if (setting.required()) {
          problems.add(setting.envName() + " is required: " + setting.doc());
        } else {
          values.put(setting.key(), setting.defaultValue());
        }
        continue;
      }
      try {
        values.put(setting.key(), setting.parser().apply(text.trim()));
      } catch (RuntimeException e) {
        // A parser's message may quote the value, so a secret's is not repeated.
        String shown = setting.secret() ? "***" : "'" + text + "'";
        String why = setting.secret() ? "cannot be parsed" : e.getMessage();
        problems.add(setting.envName() + "=" + shown + " is invalid: " + why + " (" + setting.doc() + ")");
      }
    }
    problems.addAll(KafkaSecurityCheck.problems(passThrough(raw, KAFKA_PREFIX)));
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new Config(declared, values, raw);
  }

  private static Map<String, String> fileValues(Map<String, String> env) {
    String file = env.get(CONFIG_FILE_ENV);
    if (file == null || file.isBlank()) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(file))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException(List.of(CONFIG_FILE_ENV + "=" + file + " cannot be read: " + e));
    }
    Map<String, String> values = new TreeMap<>();
    properties.forEach((k, v) -> values.put(
        Setting.string(k.toString(), "", "").envName(), v.toString()));
    return values;
  }

  /** The parsed value of the setting with {@code setting}'s key, or the declared default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    if (!values.containsKey(setting.key())) {
      throw new IllegalArgumentException(setting.key() + " was not declared when loading");
    }
    return (T) values.get(setting.key());
  }

  /**
   * Every raw value whose environment name starts with {@code DOCINTEL_<PREFIX>_}, keyed by the
   * rest in dotted lower case: {@code DOCINTEL_KAFKA_SECURITY_PROTOCOL} under prefix
   * {@code kafka} becomes {@code security.protocol}. Used to pass client properties through.
   */
  public Map<String, String> passThrough(String prefix) {
    return passThrough(raw, prefix);
  }

  private static Map<String, String> passThrough(Map<String, String> raw, String prefix) {
    String envPrefix = Setting.string(prefix, "", "").envName() + "_";
    Map<String, String> result = new TreeMap<>();
    raw.forEach((name, value) -> {
      if (name.startsWith(envPrefix)) {
        result.put(name.substring(envPrefix.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value);
      }
    });
    return result;
  }

  /**
   * Every raw variable this config was loaded from (the properties file's, then the
   * environment's), for libraries that read their own {@code DOCINTEL_*} variables.
   */
  public Map<String, String> environment() {
    return java.util.Collections.unmodifiableMap(raw);
  }

  /** The declared settings and their values, secrets masked, for a start-up log line. */
  public Map<String, String> describe() {
    Map<String, String> shown = new LinkedHashMap<>();
    declared.forEach((key, setting) -> {
      Object value = values.get(key);
      shown.put(setting.envName(), setting.secret() && value != null ? "***" : String.valueOf(value));
    });
    return shown;
  }
}
