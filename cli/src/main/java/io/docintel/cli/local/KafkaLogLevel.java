package io.docintel.cli.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process broker and clients report every start-up race of a one-node cluster (topics
 * not yet known, controllers activating). A developer running the local stack does not need
 * them: they are silenced unless {@code DOCINTEL_KAFKA_LOG_LEVEL} asks for a level.
 */
final class KafkaLogLevel {

  private KafkaLogLevel() {}

  static void applyForLocalStack() {
    Level level = Level.toLevel(System.getenv("DOCINTEL_KAFKA_LOG_LEVEL"), Level.OFF);
    for (String name : new String[] {"org.apache.kafka", "kafka"}) {
      if (LoggerFactory.getLogger(name) instanceof Logger logger) {
        logger.setLevel(level);
      }
    }
  }
}
