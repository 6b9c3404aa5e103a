package io.docintel.registry;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of one registry instance.
 *
 * @param bootstrapServers Kafka cluster holding the store topic
 * @param host interface to listen on
 * @param port HTTP port; 0 picks a free one
 * @param topic the compacted store topic, created with one partition if missing
 * @param kafkaProperties extra Kafka client properties (TLS, SASL, …) for every client the store uses
 * @param basicAuthUsers user name → password; empty turns authentication off
 * @param timeout how long a request may wait for the store, and startup for catching up
 */
public record SchemaRegistryConfig(
    String bootstrapServers,
    String host,
    int port,
    String topic,
    Map<String, String> kafkaProperties,
    Map<String, String> basicAuthUsers,
    Duration timeout) {

  public static final String DEFAULT_TOPIC = "_schemas";
  public static final int DEFAULT_PORT = 8081;

  public SchemaRegistryConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(topic, "topic");
    kafkaProperties = Map.copyOf(kafkaProperties);
    basicAuthUsers = Map.copyOf(basicAuthUsers);
    Objects.requireNonNull(timeout, "timeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
  }

  /** Loopback, a free port, topic {@code _schemas}, no authentication, 30 s timeout. */
  public static SchemaRegistryConfig forBootstrapServers(String bootstrapServers) {
    return new SchemaRegistryConfig(bootstrapServers, "127.0.0.1", 0, DEFAULT_TOPIC, Map.of(), Map.of(), Duration.ofSeconds(30));
  }

  public SchemaRegistryConfig withPort(int port) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  public SchemaRegistryConfig withHost(String host) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  public SchemaRegistryConfig withTopic(String topic) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  public SchemaRegistryConfig withKafkaProperties(Map<String, String> kafkaProperties) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  public SchemaRegistryConfig withBasicAuthUsers(Map<String, String> basicAuthUsers) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  public SchemaRegistryConfig withTimeout(Duration timeout) {
    return new SchemaRegistryConfig(bootstrapServers, host, port, topic, kafkaProperties, basicAuthUsers, timeout);
  }

  /** Passwords masked, for logs. */
  @Override
  public String toString() {
    return "SchemaRegistryConfig[bootstrapServers=" + bootstrapServers + ", host=" + host + ", port=" + port
        + ", topic=" + topic + ", kafkaProperties=" + kafkaProperties.keySet() + ", basicAuthUsers="
        + basicAuthUsers.keySet() + ", timeout=" + timeout + "]";
  }
}
