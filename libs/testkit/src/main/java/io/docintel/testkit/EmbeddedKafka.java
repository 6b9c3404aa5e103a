package io.docintel.testkit;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka cluster (one combined KRaft controller and broker) running inside
 * this JVM, on a free loopback port, with its logs in a temporary folder deleted on close.
 *
 * <p>It is Apache Kafka's own {@link KafkaClusterTestKit}, not a mock: transactions, compaction
 * and consumer groups behave as on any cluster. Starting takes a few seconds. Internal topics
 * have one replica so that exactly-once processing works on a single broker.
 */
public final class EmbeddedKafka implements AutoCloseable {

  /** Largest record the broker accepts: room for a document at the normalizer's 10 MiB limit. */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats storage, starts the node and waits until the broker accepts clients. */
  public static EmbeddedKafka start() {
    return start(Map.of());
  }

  /** As {@link #start()}, with extra broker properties. */
  public static EmbeddedKafka start(Map<String, String> brokerProperties) {
    KafkaClusterTestKit cluster = null;
    try {
      TestKitNodes nodes =
          new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build();
      KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
      singleNodeDefaults().forEach(builder::setConfigProp);
      brokerProperties.forEach(builder::setConfigProp);
      cluster = builder.build();
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new EmbeddedKafka(cluster);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("the embedded Kafka broker did not start: " + e.getMessage(), e);
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

  /** The {@code bootstrap.servers} value for clients. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** A new admin client; the caller closes it. */
  public Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
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

  /** Stops the broker and deletes its logs. Safe to call twice. */
  @Override
  public synchronized void close() {
    closeQuietly(cluster);
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
