package io.docintel.classifier;

import io.docintel.classifier.stream.ClassifierStores;
import io.docintel.common.runtime.TopicCreator;
import java.util.Map;

/**
 * Creates {@value ClassifierStores#PROTOTYPES_TOPIC} when missing: one partition (one order of
 * updates for everyone) and compacted (it is the global store's only copy).
 */
final class PrototypesTopic {

  private PrototypesTopic() {}

  static void ensure(Map<String, Object> kafkaProps, short replication) {
    TopicCreator.ensureCompacted(kafkaProps, ClassifierStores.PROTOTYPES_TOPIC, 1, replication);
  }
}
