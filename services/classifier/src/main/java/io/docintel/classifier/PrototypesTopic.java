package io.docintel.classifier;

import io.docintel.classifier.stream.ClassifierStores;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates {@value ClassifierStores#PROTOTYPES_TOPIC} when missing: one partition (one order of
 * updates for everyone) and compacted (it is the global store's only copy, so it must never
 * expire; compaction keeps the latest value per key, which is all the store needs).
 */
final class PrototypesTopic {

  private PrototypesTopic() {}

  static void ensure(Map<String, Object> kafkaProps, short replication) {
    NewTopic topic = new NewTopic(ClassifierStores.PROTOTYPES_TOPIC, 1, replication)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    try (Admin admin = Admin.create(kafkaProps)) {
      if (admin.listTopics().names().get().contains(topic.name())) {
        return;
      }
      admin.createTopics(Set.of(topic)).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create " + topic.name() + ": " + e.getCause().getMessage(), e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating " + topic.name(), e);
    }
  }
}
