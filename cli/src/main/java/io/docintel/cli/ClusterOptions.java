package io.docintel.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where a running docintel stack is: the Kafka bootstrap servers and the schema registry. */
public final class ClusterOptions {

  @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:DOCINTEL_KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env DOCINTEL_KAFKA_BOOTSTRAP_SERVERS)")
  String bootstrapServers;

  @Option(names = {"-r", "--registry-url"}, defaultValue = "${env:DOCINTEL_REGISTRY_URL:-http://localhost:8081}",
      description = "schema registry URL (default: ${DEFAULT-VALUE}; env DOCINTEL_REGISTRY_URL)")
  String registryUrl;

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Kafka client properties. */
  public Map<String, Object> kafka() {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", bootstrapServers);
    return props;
  }

  /** Schema registry client properties, under Confluent's names. */
  public Map<String, Object> registry() {
    return Map.of("schema.registry.url", registryUrl);
  }
}
