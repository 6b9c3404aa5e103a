package io.docintel.cli.local;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import io.docintel.registry.SchemaRegistryConfig;
import io.docintel.registry.SchemaRegistryServer;
import io.docintel.testkit.EmbeddedKafka;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * docintel in one JVM: a real Kafka broker (KRaft, in-process), the schema registry on it, and
 * every service, each with its own Kafka Streams instance and health/metrics port, exactly as
 * they run apart. Closing stops the services, then the registry, then the broker, and deletes
 * the broker's and the services' temporary data.
 *
 * <p>For fault drills, the registry and the broker can each be stopped and started again on the
 * same port while the rest runs; services can be left out ({@link LocalStackOptions#without}) and
 * further instances of any service started against the stack, in this JVM ({@link #startInstance})
 * or elsewhere with the variables of {@link #environment}.
 *
 * <p>With {@link LocalStackOptions#saslSsl} the broker's client listener requires SASL_SSL with
 * SCRAM-SHA-512, and the registry and every service reach it through the same
 * {@code DOCINTEL_KAFKA_*} variables a deployment would set ({@link #kafkaEnvironment}).
 */
public final class LocalStack implements AutoCloseable {

  /** The gateway's API key in the local stack (tenant {@value #LOCAL_TENANT}) unless DOCINTEL_GATEWAY_API_KEYS is set. */
  public static final String LOCAL_API_KEY = "docintel-local-key";
  public static final String LOCAL_TENANT = "local";

  /** The SCRAM user a SASL_SSL local stack creates; its password is new on every start. */
  public static final String SASL_USER = "docintel";

  private final EmbeddedKafka kafka;
  private SchemaRegistryServer registry;
  private final String registryUrl;
  private final SchemaRegistryConfig registryConfig;
  private final List<StreamsService> services;
  private final Path stateDir;
  private final LocalStackOptions options;
  private final List<StreamsService> instances = new ArrayList<>();
  private int instanceCount;
  private boolean closed;

  private LocalStack(EmbeddedKafka kafka, SchemaRegistryConfig registryConfig, SchemaRegistryServer registry,
      List<StreamsService> services, Path stateDir, LocalStackOptions options) {
    this.kafka = kafka;
    this.registry = registry;
    this.registryUrl = registry == null ? null : registry.url();
    // A restart binds the port the first start picked, which the services know.
    this.registryConfig = registry == null ? null : registryConfig.withPort(URI.create(registryUrl).getPort());
    this.services = services;
    this.stateDir = stateDir;
    this.options = options;
  }

  /** Starts everything, reporting each step on {@code progress}. */
  public static LocalStack start(LocalStackOptions options, PrintStream progress) {
    EmbeddedKafka kafka = null;
    SchemaRegistryConfig registryConfig = null;
    SchemaRegistryServer registry = null;
    List<StreamsService> services = new ArrayList<>();
    Path stateDir = null;
    Set<String> leftOut = options.leftOut();
    KafkaLogLevel.applyForLocalStack();
    try {
      if (options.saslSsl()) {
        progress.println("starting Kafka (in-process KRaft broker, clients over SASL_SSL with SCRAM-SHA-512)…");
        kafka = EmbeddedKafka.startSaslSsl(SASL_USER, newPassword());
      } else {
        progress.println("starting Kafka (in-process KRaft broker)…");
        kafka = EmbeddedKafka.start();
      }
      kafka.createTopics(options.partitions(), allTopics().toArray(String[]::new));
      progress.println("starting the schema registry…");
      registryConfig = options.registryConfig(kafkaEnvironment(kafka));
      registry = SchemaRegistryServer.start(registryConfig);
      stateDir = Files.createTempDirectory("docintel-local-");
      int port = options.firstServicePort();
      for (LocalService service : LocalServices.ALL) {
        // A service left out keeps its port, so that another build of it can take that one.
        int httpPort = port == 0 ? 0 : port++;
        if (leftOut.contains(service.name())) {
          progress.println("leaving out " + service.name());
          continue;
        }
        progress.println("starting " + service.name() + "…");
        Map<String, String> env = serviceEnvironment(kafka, registry.url(), stateDir.resolve(service.name()),
            httpPort, options);
        if (service.runsModel()) {
          addModelServiceDefaults(env, options.partitions());
        }
        services.add(service.starter().apply(Config.load(service.settings(), env)));
      }
      for (StreamsService service : services) {
        if (!service.awaitRunning(Duration.ofSeconds(60))) {
          throw new IllegalStateException(service.name() + " did not reach RUNNING within 60 s");
        }
      }
      return new LocalStack(kafka, registryConfig, registry, services, stateDir, options);
    } catch (Exception e) {
      new LocalStack(kafka, registryConfig, registry, services, stateDir, options).close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
  }

  private static List<String> allTopics() {
    List<String> topics = new ArrayList<>(List.of(TopicNames.DOCUMENTS, TopicNames.NORMALIZED,
        TopicNames.EXTRACTIONS, TopicNames.CLASSIFICATIONS, TopicNames.SUMMARIES, TopicNames.ENRICHED,
        TopicNames.DRIFT, TopicNames.FEEDBACK));
    LocalServices.ALL.forEach(service -> topics.add(TopicNames.deadLetters(service.name())));
    return topics;
  }

  private static String newPassword() {
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  /** Bootstrap servers and the broker's client security as {@code DOCINTEL_KAFKA_*} variables. */
  private static Map<String, String> kafkaEnvironment(EmbeddedKafka kafka) {
    Map<String, String> env = new TreeMap<>();
    env.put(kafkaVariable("bootstrap.servers"), kafka.bootstrapServers());
    kafka.clientProperties().forEach((key, value) -> env.put(kafkaVariable(key), value));
    return env;
  }

  private static String kafkaVariable(String clientProperty) {
    return Setting.string("kafka." + clientProperty, "", "").envName();
  }

  /**
   * A service's environment: the user's own {@code DOCINTEL_*} variables (so any service setting
   * can be tuned), overridden where the local stack decides (broker and how to log in to it,
   * registry, ports, state, partitions), and then by the options' settings. The user's own Kafka
   * security variables are dropped: they describe some other cluster.
   */
  private static Map<String, String> serviceEnvironment(EmbeddedKafka kafka, String registryUrl,
      Path stateDir, int httpPort, LocalStackOptions options) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(name -> name.startsWith("DOCINTEL_KAFKA_SECURITY_")
        || name.startsWith("DOCINTEL_KAFKA_SASL_") || name.startsWith("DOCINTEL_KAFKA_SSL_"));
    env.putAll(kafkaEnvironment(kafka));
    env.put("DOCINTEL_REGISTRY_URL", registryUrl);
    env.put("DOCINTEL_HTTP_PORT", String.valueOf(httpPort));
    env.put("DOCINTEL_STREAMS_STATE_DIR", stateDir.toString());
    env.put("DOCINTEL_TOPICS_PARTITIONS", String.valueOf(options.partitions()));
    env.putIfAbsent("DOCINTEL_GATEWAY_API_KEYS", LOCAL_TENANT + ":" + LOCAL_API_KEY);
    env.putAll(options.settings());
    return env;
  }

  /**
   * The environment of one more instance of {@code service} on this stack, as the stack's own
   * instance has it (same application id, so instances share the work), but with a state folder
   * of its own (kept while the stack runs, so an instance restarted with the same variables finds
   * its state) and a free HTTP port. For an instance in this JVM or in a process of its own.
   */
  public synchronized Map<String, String> environment(String service) {
    LocalServices.named(service);
    Path dir = stateDir.resolve(service + "-instance-" + ++instanceCount);
    return serviceEnvironment(kafka, registryUrl, dir, 0, options);
  }

  /**
   * Starts one more instance of {@code service} in this JVM with {@link #environment} and waits
   * until it runs. The stack closes it on close unless the caller has closed it before.
   */
  public StreamsService startInstance(String service) throws InterruptedException {
    LocalService known = LocalServices.named(service);
    StreamsService instance = known.starter().apply(Config.load(known.settings(), environment(service)));
    synchronized (this) {
      instances.add(instance);
    }
    if (!instance.awaitRunning(Duration.ofSeconds(60))) {
      instance.close();
      throw new IllegalStateException("an instance of " + service + " did not reach RUNNING within 60 s");
    }
    return instance;
  }

  /** Every service the stack knows, whether it runs it or leaves it out, in start order. */
  public static List<String> serviceNames() {
    return LocalServices.names();
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /**
   * The {@code DOCINTEL_KAFKA_*} variables a client of this stack needs: the bootstrap servers
   * and, for a SASL_SSL stack, the protocol, mechanism, JAAS login and truststore.
   */
  public Map<String, String> kafkaEnvironment() {
    return kafkaEnvironment(kafka);
  }

  public String registryUrl() {
    return registryUrl;
  }

  /** Stops the schema registry, leaving the broker and the services running. */
  public synchronized void stopRegistry() {
    if (registry != null) {
      registry.close();
      registry = null;
    }
  }

  /** Starts the schema registry again on its first port; its schemas are in the {@code _schemas} topic. */
  public synchronized void startRegistry() {
    if (registry == null) {
      registry = SchemaRegistryServer.start(registryConfig);
    }
  }

  /** Stops the Kafka broker, keeping its data; services and clients lose it until {@link #startBroker}. */
  public void stopBroker() {
    kafka.stopBroker();
  }

  /** Starts the broker again on the same port with its data, and waits until it accepts clients. */
  public void startBroker() {
    kafka.startBroker();
  }

  /** The running service named {@code name}. */
  public StreamsService service(String name) {
    return services.stream().filter(service -> service.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name));
  }

  /** The running services, in start order. */
  public List<StreamsService> services() {
    return List.copyOf(services);
  }

  /** Stops services, registry and broker, in that order. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    instances.forEach(StreamsService::close);
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
    if (registry != null) {
      registry.close();
    }
    if (kafka != null) {
      kafka.close();
    }
    deleteQuietly(stateDir);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Temporary state left behind is harmless; the OS clears its temp folder.
    }
  }

  /**
   * What a model service gets in the local stack unless the environment says otherwise: a stream
   * thread per partition, and one ONNX Runtime thread per operator (see {@link LocalService}).
   */
  static void addModelServiceDefaults(Map<String, String> env, int partitions) {
    env.putIfAbsent(ServiceSettings.THREADS.envName(), String.valueOf(partitions));
    env.putIfAbsent(SessionSettings.INTRA_OP_THREADS, "1");
  }
}
