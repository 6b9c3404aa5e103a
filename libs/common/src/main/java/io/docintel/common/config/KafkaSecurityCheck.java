package io.docintel.common.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the Kafka client security variables ({@code DOCINTEL_KAFKA_SECURITY_PROTOCOL},
 * {@code _SASL_*}, {@code _SSL_*}) fit together before any client starts: Kafka itself would
 * only fail at the first connection, often with an error that does not say which setting is
 * missing. Each problem names the variables to set. Secret values are never quoted.
 */
final class KafkaSecurityCheck {

  /** The JVM-wide JAAS file, an alternative to {@code sasl.jaas.config}. */
  static final String JAAS_FILE_PROPERTY = "java.security.auth.login.config";

  private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
  private static final List<String> STORE_LOCATIONS = List.of("ssl.truststore.location", "ssl.keystore.location");

  private KafkaSecurityCheck() {}

  /** Problems with {@code kafka}, the Kafka client properties in dotted form; empty when they fit. */
  static List<String> problems(Map<String, String> kafka) {
    List<String> problems = new ArrayList<>();
    String given = value(kafka, "security.protocol");
    String protocol = given == null ? "PLAINTEXT" : given.toUpperCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      problems.add(env("security.protocol") + "='" + given + "' is invalid: expected PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL");
      return problems;
    }
    String protocolIs = given == null
        ? env("security.protocol") + " is unset (PLAINTEXT)"
        : env("security.protocol") + "=" + protocol;
    boolean sasl = protocol.startsWith("SASL_");
    boolean tls = protocol.endsWith("SSL");

    if (sasl) {
      if (value(kafka, "sasl.mechanism") == null) {
        problems.add(protocolIs + " needs " + env("sasl.mechanism")
            + ": PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER or GSSAPI");
      }
      if (value(kafka, "sasl.jaas.config") == null && System.getProperty(JAAS_FILE_PROPERTY) == null) {
        problems.add(protocolIs + " needs " + env("sasl.jaas.config") + ", the client's login, e.g. "
            + "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"USER\" password=\"PASSWORD\";");
      }
    } else {
      for (String key : List.of("sasl.mechanism", "sasl.jaas.config")) {
        if (value(kafka, key) != null) {
          problems.add(env(key) + " is set but " + protocolIs + ", which does not authenticate: set "
              + env("security.protocol") + "=SASL_SSL (or SASL_PLAINTEXT), or unset " + env(key));
        }
      }
    }

    List<String> tlsKeys = kafka.keySet().stream()
        .filter(key -> key.startsWith("ssl.") && value(kafka, key) != null).sorted().toList();
    if (!tls && !tlsKeys.isEmpty()) {
      problems.add(String.join(", ", tlsKeys.stream().map(KafkaSecurityCheck::env).toList())
          + (tlsKeys.size() == 1 ? " is" : " are") + " set but " + protocolIs + ", which does not use TLS: set "
          + env("security.protocol") + "=SSL or SASL_SSL");
    }
    for (String key : STORE_LOCATIONS) {
      String location = value(kafka, key);
      if (location != null) {
        storeProblem(location).ifPresent(why -> problems.add(env(key) + "=" + location + " " + why));
      }
    }
    String storePassword = "ssl.truststore.password";
    if (value(kafka, storePassword) != null && value(kafka, "ssl.truststore.location") == null) {
      problems.add(env(storePassword) + " is set without " + env("ssl.truststore.location") + ", the truststore file");
    }
    if (value(kafka, "ssl.keystore.location") != null && value(kafka, "ssl.keystore.password") == null
        && !"PEM".equalsIgnoreCase(value(kafka, "ssl.keystore.type"))) {
      problems.add(env("ssl.keystore.location") + " needs " + env("ssl.keystore.password"));
    }
    return problems;
  }

  private static Optional<String> storeProblem(String location) {
    Path path;
    try {
      path = Paths.get(location);
    } catch (RuntimeException e) {
      return Optional.of("is not a file path");
    }
    if (!Files.exists(path)) {
      return Optional.of("does not exist");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return Optional.of("is not a readable file");
    }
    return Optional.empty();
  }

  private static String value(Map<String, String> kafka, String key) {
    String value = kafka.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String env(String kafkaKey) {
    return "DOCINTEL_KAFKA_" + kafkaKey.toUpperCase(Locale.ROOT).replace('.', '_');
  }
}
