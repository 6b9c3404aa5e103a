package io.docintel.testkit;

import io.docintel.testkit.tls.TlsStores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka cluster (one combined KRaft controller and broker) running inside
 * this JVM, on a free loopback port, with its logs in a temporary folder deleted on close.
 *
 * <p>It is Apache Kafka's own {@link KafkaClusterTestKit}, not a mock: transactions, compaction
 * and consumer groups behave as on any cluster. Starting takes a few seconds. Internal topics
 * have one replica so that exactly-once processing works on a single broker.
 *
 * <p>{@link #startSaslSsl} starts a broker whose client listener requires SASL_SSL with
 * SCRAM-SHA-512 (certificates made at start, nothing downloaded); {@link #bootstrapServers} then
 * names that listener and {@link #clientProperties} says how to log in to it.
 *
 * <p>For fault drills the broker can be stopped and started again ({@link #stopBroker},
 * {@link #startBroker}): the KRaft controller of the same node keeps running, and the broker comes
 * back on the same port (the test kit pre-binds listener ports and binds the same port again) with
 * its logs, so clients reconnect to the address they know and find every committed record.
 */
public final class EmbeddedKafka implements AutoCloseable {

  /** Largest record the broker accepts: room for a document at the normalizer's 10 MiB limit. */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  /** How long {@link #startSaslSsl} waits for a new SCRAM credential to reach the broker. */
  private static final Duration CREDENTIAL_WAIT = Duration.ofSeconds(30);

  private final KafkaClusterTestKit cluster;
  private final String bootstrapServers;
  private final Map<String, String> clientProperties;
  private final Path tlsFolder;
  private boolean brokerStopped;

  private EmbeddedKafka(KafkaClusterTestKit cluster, String bootstrapServers, Map<String, String> clientProperties,
      Path tlsFolder) {
    this.cluster = cluster;
    this.bootstrapServers = bootstrapServers;
    this.clientProperties = Map.copyOf(clientProperties);
    this.tlsFolder = tlsFolder;
  }

  /** Formats storage, starts the node and waits until the broker accepts clients. */
  public static EmbeddedKafka start() {
    return start(Map.of());
  }

  /** As {@link #start()}, with extra broker properties. */
  public static EmbeddedKafka start(Map<String, String> brokerProperties) {
    KafkaClusterTestKit cluster = null;
    try {
      TestKitNodes nodes = singleNode();
      cluster = startCluster(nodes, brokerProperties);
      return new EmbeddedKafka(cluster, cluster.bootstrapServers(), Map.of(), null);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("the embedded Kafka broker did not start: " + e.getMessage(), e);
    }
  }

  /**
   * As {@link #start()}, but clients connect to a listener that requires SASL_SSL with
   * SCRAM-SHA-512: a fresh CA and a broker certificate for {@code localhost} are written to a
   * temporary folder (deleted on close), and {@code user} is given a SCRAM-SHA-512 credential
   * with {@code password}. Returns once that user can log in. The broker's own listeners (the
   * controller's and the inter-broker one) stay PLAINTEXT on loopback.
   */
  public static EmbeddedKafka startSaslSsl(String user, String password) {
    KafkaClusterTestKit cluster = null;
    Path folder = null;
    try {
      folder = Files.createTempDirectory("docintel-kafka-tls-");
      TlsStores stores = TlsStores.forLocalhost(folder);
      TestKitNodes nodes = singleNode();
      cluster = startCluster(nodes, SaslSslListener.brokerProperties(stores,
          nodes.brokerListenerName().value(), nodes.controllerListenerName().value()));
      addScramUser(cluster, user, password);
      int port = cluster.brokers().values().iterator().next().boundPort(new ListenerName(SaslSslListener.NAME));
      EmbeddedKafka kafka = new EmbeddedKafka(cluster, "localhost:" + port,
          SaslSslListener.clientProperties(stores, user, password), folder);
      kafka.awaitLogin();
      return kafka;
    } catch (Exception e) {
      closeQuietly(cluster);
      deleteQuietly(folder);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the embedded SASL_SSL Kafka broker did not start: " + e.getMessage(), e);
    }
  }

  private static TestKitNodes singleNode() {
    return new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build();
  }

  private static KafkaClusterTestKit startCluster(TestKitNodes nodes, Map<String, String> brokerProperties)
      throws Exception {
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
    singleNodeDefaults().forEach(builder::setConfigProp);
    brokerProperties.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
      return cluster;
    } catch (Exception e) {
      closeQuietly(cluster);
      throw e;
    }
  }

  /** Creates the credential through the PLAINTEXT inter-broker listener, which needs no login. */
  private static void addScramUser(KafkaClusterTestKit cluster, String user, String password) throws Exception {
    try (Admin admin = cluster.admin()) {
      admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
    }
  }

  /**
   * The controller has the credential once it is created; the broker learns it from the metadata
   * log a moment later. Logging in is the one test that it has.
   */
  private void awaitLogin() throws InterruptedException {
    long deadline = System.nanoTime() + CREDENTIAL_WAIT.toNanos();
    while (true) {
      try (Admin admin = admin()) {
        admin.describeCluster().clusterId().get();
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
          throw new IllegalStateException("cannot log in to the SASL_SSL listener: " + e.getCause().getMessage(), e);
        }
      }
      Thread.sleep(100);
    }
  }

  /** Formats storage; Kafka's formatter reports on System.out, which belongs to our callers. */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    PrintStream stdout = System.out;
    synchronized (System.class) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
    }
  }

  private static Map<String, String> singleNodeDefaults() {
    return Map.of(
        "offsets.topic.replication.factor", "1",
        "offsets.topic.num.partitions", "3",
        "transaction.state.log.replication.factor", "1",
        "transaction.state.log.min.isr", "1",
        "transaction.state.log.num.partitions", "3",
        "group.initial.rebalance.delay.ms", "0",
        "auto.create.topics.enable", "false",
        "message.max.bytes", String.valueOf(MAX_MESSAGE_BYTES),
        "num.partitions", "1");
  }

  /** The {@code bootstrap.servers} value for clients: the SASL_SSL listener when started with {@link #startSaslSsl}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * What a client needs besides {@code bootstrap.servers}: for a {@link #startSaslSsl} broker the
   * security protocol, SASL mechanism, JAAS login and truststore; empty for a plaintext one.
   */
  public Map<String, String> clientProperties() {
    return clientProperties;
  }

  /** A new admin client, logged in when the broker requires it; the caller closes it. */
  public Admin admin() {
    Map<String, Object> config = new HashMap<>(clientProperties);
    config.put("bootstrap.servers", bootstrapServers);
    return Admin.create(config);
  }

  /** Creates topics that do not exist yet, each with the given partitions and one replica. */
  public void createTopics(int partitions, String... names) {
    createTopics(List.of(names).stream().map(n -> new NewTopic(n, partitions, (short) 1)).toList());
  }

  /** Creates the given topics, ignoring those that exist already. */
  public void createTopics(Collection<NewTopic> topics) {
    try (Admin admin = admin()) {
      for (NewTopic topic : topics) {
        try {
          admin.createTopics(Set.of(topic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /**
   * Stops the broker as a controlled shutdown would, keeping its logs; the controller keeps
   * running. Clients see the broker gone until {@link #startBroker}. Does nothing when stopped.
   */
  public synchronized void stopBroker() {
    if (!brokerStopped) {
      broker().shutdown();
      broker().awaitShutdown();
      brokerStopped = true;
    }
  }

  /**
   * Starts the broker {@link #stopBroker} stopped, on the same port and with its logs, and waits
   * until it has caught up with the metadata and accepts clients again. Does nothing when running.
   */
  public synchronized void startBroker() {
    if (!brokerStopped) {
      return;
    }
    try {
      broker().startup();
      brokerStopped = false;
      cluster.waitForReadyBrokers();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker did not start again: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the broker again", e);
    }
  }

  private BrokerServer broker() {
    return cluster.brokers().values().iterator().next();
  }

  /** Stops the broker and deletes its logs and certificates. Safe to call twice. */
  @Override
  public synchronized void close() {
    closeQuietly(cluster);
    deleteQuietly(tlsFolder);
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Files left in the temp folder are harmless; the OS clears it.
    }
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      // Shutting down a broker that failed half-way can throw; nothing is left to release.
    }
  }
}
