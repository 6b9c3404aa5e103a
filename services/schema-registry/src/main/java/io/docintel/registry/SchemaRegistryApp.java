package io.docintel.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry from {@code DOCINTEL_*} environment variables until SIGTERM:
 *
 * <ul>
 *   <li>{@code DOCINTEL_KAFKA_BOOTSTRAP_SERVERS} (required)
 *   <li>{@code DOCINTEL_REGISTRY_HOST} (default {@code 0.0.0.0}), {@code DOCINTEL_REGISTRY_PORT} (8081)
 *   <li>{@code DOCINTEL_REGISTRY_TOPIC} ({@code _schemas})
 *   <li>{@code DOCINTEL_REGISTRY_TIMEOUT_MS} (30000)
 *   <li>{@code DOCINTEL_REGISTRY_BASIC_AUTH_USERS}: {@code user:password,user2:password2}; unset: no authentication
 *   <li>any other {@code DOCINTEL_KAFKA_X_Y}: Kafka client property {@code x.y} (e.g.
 *       {@code DOCINTEL_KAFKA_SECURITY_PROTOCOL=SSL})
 * </ul>
 */
public final class SchemaRegistryApp {

  static final String BOOTSTRAP = "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS";
  static final String HOST = "DOCINTEL_REGISTRY_HOST";
  static final String PORT = "DOCINTEL_REGISTRY_PORT";
  static final String TOPIC = "DOCINTEL_REGISTRY_TOPIC";
  static final String TIMEOUT = "DOCINTEL_REGISTRY_TIMEOUT_MS";
  static final String USERS = "DOCINTEL_REGISTRY_BASIC_AUTH_USERS";
  private static final String KAFKA_PREFIX = "DOCINTEL_KAFKA_";

  private SchemaRegistryApp() {}

  public static void main(String[] args) throws InterruptedException {
    SchemaRegistryConfig config;
    try {
      config = fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("docintel schema registry: " + e.getMessage());
      System.exit(2);
      return;
    }
    SchemaRegistryServer server = SchemaRegistryServer.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "schema-registry-shutdown"));
    stopped.await();
  }

  /** Reads and validates the configuration; the exception message names the bad variable. */
  public static SchemaRegistryConfig fromEnvironment(Map<String, String> env) {
    String bootstrap = env.get(BOOTSTRAP);
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException(BOOTSTRAP + " must name the Kafka bootstrap servers");
    }
    Map<String, String> kafka = new HashMap<>();
    env.forEach((key, value) -> {
      if (key.startsWith(KAFKA_PREFIX) && !key.equals(BOOTSTRAP)) {
        kafka.put(key.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    return new SchemaRegistryConfig(
        bootstrap.trim(),
        env.getOrDefault(HOST, "0.0.0.0"),
        intIn(env, PORT, SchemaRegistryConfig.DEFAULT_PORT, 0, 65535),
        env.getOrDefault(TOPIC, SchemaRegistryConfig.DEFAULT_TOPIC),
        kafka,
        users(env.get(USERS)),
        Duration.ofMillis(intIn(env, TIMEOUT, 30_000, 1, Integer.MAX_VALUE)));
  }

  private static int intIn(Map<String, String> env, String key, int fallback, int min, int max) {
    String text = env.get(key);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(key + " must be a whole number in " + min + ".." + max + ", was '" + text + "'");
  }

  private static Map<String, String> users(String text) {
    Map<String, String> users = new HashMap<>();
    if (text == null || text.isBlank()) {
      return users;
    }
    for (String entry : text.split(",")) {
      int colon = entry.indexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new IllegalArgumentException(USERS + " must be user:password pairs separated by commas");
      }
      users.put(entry.substring(0, colon).trim(), entry.substring(colon + 1));
    }
    return users;
  }
}
