package io.docintel.common.runtime;

import io.docintel.common.config.Config;
import io.docintel.common.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.Map;

/** Turns validated config into Kafka client and schema registry client properties. */
public final class ClientProperties {

  /** How long a service's registry calls retry an unreachable registry before failing as transient. */
  public static final long SERVICE_REGISTRY_RETRY_TIMEOUT_MS = 5_000;

  private ClientProperties() {}

  /** Kafka client properties: bootstrap servers plus every {@code DOCINTEL_KAFKA_*} variable. */
  public static Map<String, Object> kafka(Config config) {
    Map<String, Object> props = new HashMap<>(config.passThrough("kafka"));
    props.put("bootstrap.servers", config.get(ServiceSettings.BOOTSTRAP_SERVERS));
    return props;
  }

  /**
   * Registry client properties under Confluent's names: {@code schema.registry.url},
   * {@code basic.auth.user.info}, {@code schema.registry.ssl.*}, {@code auto.register.schemas};
   * {@code schema.registry.retry.timeout.ms} defaults to {@value #SERVICE_REGISTRY_RETRY_TIMEOUT_MS}.
   */
  public static Map<String, Object> registry(Config config) {
    Map<String, Object> props = new HashMap<>();
    config.passThrough("registry").forEach((key, value) -> props.put(confluentName(key), value));
    props.put("schema.registry.url", config.get(ServiceSettings.REGISTRY_URL));
    // A stream thread must not wait out a long outage inside a transaction (10 s under exactly-once):
    // the call fails as transient and the thread is replaced after a backoff instead.
    props.putIfAbsent(SchemaRegistryClientConfig.RETRY_TIMEOUT_MS, SERVICE_REGISTRY_RETRY_TIMEOUT_MS);
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
