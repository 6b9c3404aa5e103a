package io.docintel.cli;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.ClientProperties;
import io.docintel.common.runtime.ServiceSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a running docintel stack is: the Kafka bootstrap servers and the schema registry, plus
 * any further client settings from the environment as the services read them
 * ({@code DOCINTEL_KAFKA_*}: security protocol, SASL login, truststore…; {@code DOCINTEL_REGISTRY_*}:
 * basic auth, TLS), checked the same way.
 */
public final class ClusterOptions {

  @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:DOCINTEL_KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env DOCINTEL_KAFKA_BOOTSTRAP_SERVERS)")
  String bootstrapServers;

  @Option(names = {"-r", "--registry-url"}, defaultValue = "${env:DOCINTEL_REGISTRY_URL:-http://localhost:8081}",
      description = "schema registry URL (default: ${DEFAULT-VALUE}; env DOCINTEL_REGISTRY_URL)")
  String registryUrl;

  /** Where the further client settings come from. */
  Map<String, String> environment = System.getenv();

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Kafka client properties (a mutable map): bootstrap servers and every other {@code DOCINTEL_KAFKA_*} variable. */
  public Map<String, Object> kafka() {
    Map<String, String> env = new HashMap<>(environment);
    env.put(ServiceSettings.BOOTSTRAP_SERVERS.envName(), bootstrapServers);
    return ClientProperties.kafka(Config.load(List.of(ServiceSettings.BOOTSTRAP_SERVERS), env));
  }

  /** Schema registry client properties, under Confluent's names. */
  public Map<String, Object> registry() {
    Map<String, String> env = new HashMap<>(environment);
    env.put(ServiceSettings.REGISTRY_URL.envName(), registryUrl);
    return ClientProperties.registry(Config.load(List.of(ServiceSettings.REGISTRY_URL), env));
  }
}
