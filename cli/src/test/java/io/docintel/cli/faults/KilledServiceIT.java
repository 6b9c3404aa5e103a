package io.docintel.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.enricher.EnricherApp;
import io.docintel.schemas.EnrichedDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service killed abruptly mid-stream, several times in one run. The enricher, whose joins wait
 * in state stores, runs in a JVM of its own (the local stack leaves it out) and is killed with
 * SIGKILL three times while documents flow, each time just after it has emitted more enriched
 * records: it dies with partial joins in its stores, a transaction open and its place in the
 * consumer group held. Each time it starts again over the same state folder while documents keep
 * coming. Exactly-once has to hold through all of it: the open transaction aborted, the stores
 * rebuilt from their changelogs, the inputs read again from the last commit. Every posted document
 * comes out enriched exactly once, and {@code docintel audit} is clean.
 */
class KilledServiceIT {

  private static final int KILLS = 3;
  private static final Duration PACE = Duration.ofMillis(300);
  private static final Duration READY = Duration.ofSeconds(120);
  private static final Duration PROGRESS = Duration.ofSeconds(180);

  @Test
  void theEnricherKilledThreeTimesMidStreamEnrichesEveryDocumentOnce() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts().without(EnricherApp.SERVICE);
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      // One environment for every start: the same state folder, as a restarted pod or process would have.
      Map<String, String> environment = stack.environment(EnricherApp.SERVICE);
      Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      try (EnrichedWatch enriched = new EnrichedWatch(kafka, topics.enriched());
          DocumentStream stream = DocumentStream.start(kafka, topics.documents(), DrillTexts::text, PACE)) {
        ServiceProcess enricher = ServiceProcess.start(EnricherApp.class, environment, log(0));
        try {
          for (int kill = 1; kill <= KILLS; kill++) {
            enricher.awaitReady(READY);
            enriched.awaitCount(enriched.seen().size() + 5, PROGRESS);
            assertThat(enricher.alive()).as("the enricher before kill %d", kill).isTrue();
            enricher.kill();
            stream.awaitPosted(stream.posted() + 5, PROGRESS);
            enricher = ServiceProcess.start(EnricherApp.class, environment, log(kill));
          }
          enricher.awaitReady(READY);
          enriched.awaitCount(enriched.seen().size() + 5, PROGRESS);
          List<String> posted = stream.stop();
          enriched.awaitIds(posted, PROGRESS);

          DrillAudit.assertClean(stack.bootstrapServers(), stack.registryUrl(), since, posted);
          DrillAudit.assertNoDuplicates(enriched.seen());
          assertThat(enriched.seen()).extracting(EnrichedDocument::getComplete).containsOnly(true);
        } finally {
          enricher.close();
        }
      }
    }
  }

  private static Path log(int restart) {
    return Path.of("target", "fault-logs", "KilledServiceIT-enricher-" + restart + ".log");
  }
}
