package io.docintel.common.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics a service reads and writes when they are missing, and returns once the
 * broker's metadata shows them: the controller confirms a creation before brokers learn of it,
 * and a global store's consumer that asks for the partitions in between fails for good.
 */
public final class TopicCreator {

  /** How long new topics may take to show in the broker's metadata. */
  static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

  private TopicCreator() {}

  /**
   * Creates every named topic that does not exist yet, taking records of up to {@code maxMessageBytes}
   * (the producer's limit: a broker's default, about 1 MiB, would refuse larger ones); existing
   * topics are left alone.
   */
  public static void ensure(Map<String, Object> kafkaProps, Collection<String> names, int partitions, short replication,
      long maxMessageBytes) {
    Map<String, String> configs = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxMessageBytes));
    ensure(kafkaProps, names.stream()
        .map(name -> new NewTopic(name, partitions, replication).configs(configs))
        .toList());
  }

  /**
   * Creates a compacted topic when missing: for a table whose topic is its only copy, so records
   * must never expire; compaction keeps the latest value per key, which is all a table needs.
   */
  public static void ensureCompacted(Map<String, Object> kafkaProps, String name, int partitions, short replication) {
    ensure(kafkaProps, List.of(new NewTopic(name, partitions, replication)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
  }

  /** Creates each of {@code topics} that does not exist yet, with its own settings. */
  public static void ensure(Map<String, Object> kafkaProps, List<NewTopic> topics) {
    try (Admin admin = Admin.create(kafkaProps)) {
      Set<String> existing = admin.listTopics().names().get();
      Set<NewTopic> missing = topics.stream()
          .filter(topic -> !existing.contains(topic.name()))
          .collect(Collectors.toSet());
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("cannot create topics " + missing + ": " + e.getCause().getMessage(), e);
        }
      }
      awaitVisible(admin, missing.stream().map(NewTopic::name).collect(Collectors.toSet()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
    }
  }

  private static void awaitVisible(Admin admin, Set<String> names) throws InterruptedException {
    long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
    while (true) {
      try {
        admin.describeTopics(names).allTopicNames().get();
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
          throw new IllegalStateException("topics " + names + " were created but the broker does not show them: "
              + e.getCause().getMessage(), e);
        }
        Thread.sleep(50);
      }
    }
  }
}
