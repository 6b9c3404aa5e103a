package io.docintel.cli.local;

import io.docintel.registry.SchemaRegistryApp;
import io.docintel.registry.SchemaRegistryConfig;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * How the local stack is laid out: partitions, ports, whether Kafka clients must log in, and which
 * services it leaves out (to run another build or instance of them against it).
 */
public final class LocalStackOptions {

  @Option(names = "--partitions", defaultValue = "3", description = "partitions of each topic (default: ${DEFAULT-VALUE})")
  int partitions = 3;

  @Option(names = "--registry-port", defaultValue = "8081",
      description = "port of the schema registry; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int registryPort = 8081;

  @Option(names = "--service-port", defaultValue = "8090",
      description = "health/metrics port of the first service, the next ones count up; 0 picks free ones (default: ${DEFAULT-VALUE})")
  int firstServicePort = 8090;

  @Option(names = "--sasl-ssl",
      description = "the broker's client listener requires SASL_SSL with SCRAM-SHA-512 (a certificate and a user "
          + "made at start); prints the DOCINTEL_KAFKA_* variables clients need")
  boolean saslSsl;

  @Option(names = "--without", paramLabel = "SERVICE", split = ",",
      description = "leave these services out, e.g. to run your own build of one against the stack; each keeps "
          + "its port free (one of: ${COMPLETION-CANDIDATES})", completionCandidates = ServiceNames.class)
  Set<String> without = new LinkedHashSet<>();

  private final Map<String, String> settings = new HashMap<>();

  /** Options with every port picked freely, for tests and the demo. */
  public static LocalStackOptions freePorts() {
    LocalStackOptions options = new LocalStackOptions();
    options.registryPort = 0;
    options.firstServicePort = 0;
    return options;
  }

  /** Sets the partitions of each topic, as {@code --partitions}. */
  public LocalStackOptions withPartitions(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1 but was " + partitions);
    }
    this.partitions = partitions;
    return this;
  }

  /** Makes the broker's client listener require SASL_SSL with SCRAM-SHA-512, as {@code --sasl-ssl}. */
  public LocalStackOptions withSaslSsl() {
    saslSsl = true;
    return this;
  }

  /** Leaves {@code service} out of the stack, as {@code --without}. */
  public LocalStackOptions without(String service) {
    without.add(service);
    return this;
  }

  /** Sets a service setting for every service, over the environment: {@code DOCINTEL_...=value}. */
  public LocalStackOptions with(String variable, String value) {
    settings.put(variable, value);
    return this;
  }

  Map<String, String> settings() {
    return settings;
  }

  int partitions() {
    return partitions;
  }

  int firstServicePort() {
    return firstServicePort;
  }

  boolean saslSsl() {
    return saslSsl;
  }

  /** The services left out; fails naming the known ones when one is not a service. */
  Set<String> leftOut() {
    List<String> known = LocalServices.names();
    for (String service : without) {
      if (!known.contains(service)) {
        throw new IllegalArgumentException("--without: no service " + service + "; the services are "
            + String.join(", ", known));
      }
    }
    return Set.copyOf(without);
  }

  /** The service names, for picocli's help and completion. */
  static final class ServiceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return LocalServices.names().iterator();
    }
  }

  /** The registry on loopback, reaching Kafka through {@code kafkaEnvironment} as its own main would. */
  SchemaRegistryConfig registryConfig(Map<String, String> kafkaEnvironment) {
    return SchemaRegistryApp.fromEnvironment(kafkaEnvironment).withHost("127.0.0.1").withPort(registryPort);
  }
}
