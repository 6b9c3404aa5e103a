package io.docintel.common.serde;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** The serde settings docintel reads, under Confluent's names. */
final class SerdeSettings {

  static final String AUTO_REGISTER = "auto.register.schemas";
  static final String KEY_STRATEGY = "key.subject.name.strategy";
  static final String VALUE_STRATEGY = "value.subject.name.strategy";

  private SerdeSettings() {}

  static boolean autoRegister(Map<String, ?> config, boolean fallback) {
    Object value = config.get(AUTO_REGISTER);
    if (value == null) {
      return fallback;
    }
    String text = value.toString().trim();
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      throw new ConfigException(AUTO_REGISTER, value, "must be true or false");
    }
    return Boolean.parseBoolean(text);
  }

  /** Only TopicNameStrategy is implemented; anything else is refused rather than ignored. */
  static void requireTopicNameStrategy(Map<String, ?> config, boolean isKey) {
    String key = isKey ? KEY_STRATEGY : VALUE_STRATEGY;
    Object value = config.get(key);
    if (value == null) {
      return;
    }
    String name = value instanceof Class<?> type ? type.getName() : value.toString();
    if (!name.endsWith("TopicNameStrategy")) {
      throw new ConfigException(key, name, "only TopicNameStrategy (<topic>-key, <topic>-value) is supported");
    }
  }
}
