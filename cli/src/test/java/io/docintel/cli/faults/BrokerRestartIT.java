package io.docintel.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.EnrichedDocument;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker stopped and started again mid-stream. Kafka 4.3.1's {@code KafkaClusterTestKit}
 * allows a true restart: the broker of the stack's single KRaft node is shut down (its controller
 * keeps running), and started again on the same port, over the same logs, which clients reconnect
 * to by the address they know ({@code EmbeddedKafka.stopBroker}/{@code startBroker}). No second
 * broker or replication is needed for that.
 *
 * <p>While documents flow through every service, the broker goes away twice: briefly, and then for
 * longer than the services' transaction timeout and consumer session (10 s each), so that the
 * restarted transaction and group coordinators find transactions past their timeout and members
 * past their session. Every posted document still comes out enriched exactly once, and
 * {@code docintel audit} is clean.
 */
class BrokerRestartIT {

  private static final Duration PACE = Duration.ofMillis(300);
  /** The outages: the fault's durations, the second chosen to outlast the transaction timeout and the session. */
  private static final List<Duration> OUTAGES = List.of(Duration.ofSeconds(3), Duration.ofSeconds(15));
  private static final Duration PROGRESS = Duration.ofSeconds(240);

  @Test
  void documentsFlowingWhileTheBrokerRestartsAreEnrichedOnce() throws Exception {
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      try (EnrichedWatch enriched = new EnrichedWatch(kafka, topics.enriched());
          DocumentStream stream = DocumentStream.start(kafka, topics.documents(), DrillTexts::text, PACE)) {
        for (Duration outage : OUTAGES) {
          enriched.awaitCount(enriched.seen().size() + 5, PROGRESS);
          int postedBefore = stream.posted();
          stack.stopBroker();
          Thread.sleep(outage.toMillis());
          stack.startBroker();
          stream.awaitPosted(postedBefore + 5, PROGRESS);
        }
        enriched.awaitCount(enriched.seen().size() + 10, PROGRESS);
        List<String> posted = stream.stop();
        enriched.awaitIds(posted, PROGRESS);

        DrillAudit.assertClean(stack.bootstrapServers(), stack.registryUrl(), since, posted);
        DrillAudit.assertNoDuplicates(enriched.seen());
        assertThat(enriched.seen()).extracting(EnrichedDocument::getComplete).containsOnly(true);
      }
    }
  }
}
