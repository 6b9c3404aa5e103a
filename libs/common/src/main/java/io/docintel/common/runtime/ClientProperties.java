package io.docintel.common.runtime;

import io.docintel.common.config.Config;
import java.util.HashMap;
import java.util.Map;

/** Turns validated config into Kafka client and schema registry client properties. */
public final class ClientProperties {

  private ClientProperties() {}

  /** Kafka client properties: bootstrap servers plus every {@code DOCINTEL_KAFKA_*} variable. */
  public static Map<String, Object> kafka(Config config) {
    Map<String, Object> props = new HashMap<>(config.passThrough("kafka"));
    props.put("bootstrap.servers", config.get(ServiceSettings.BOOTSTRAP_SERVERS));
    return props;
  }

  /**
   * Registry client properties under Confluent's names: {@code schema.registry.url},
   * {@code basic.auth.user.info}, {@code schema.registry.ssl.*}, {@code auto.register.schemas}.
   */
  public static Map<String, Object> registry(Config config) {
    Map<String, Object> props = new HashMap<>();
    config.passThrough("registry").forEach((key, value) -> props.put(confluentName(key), value));
    props.put("schema.registry.url", config.get(ServiceSettings.REGISTRY_URL));
    if (props.containsKey("basic.auth.user.info")) {
      props.putIfAbsent("basic.auth.credentials.source", "USER_INFO");
    }
    return props;
  }

  private static String confluentName(String key) {
    if (key.startsWith("basic.auth.") || key.equals("auto.register.schemas")) {
      return key;
    }
    return "schema.registry." + key;
  }
}
