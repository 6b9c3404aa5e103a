package io.docintel.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.Topics;
import io.docintel.normalizer.NormalizerApp;
import io.docintel.schemas.EnrichedDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the normalizer share its work (the same application id; the stack's topics have
 * three partitions), and one of them stops mid-stream, after it has processed documents of its
 * own; the other takes over all the partitions, and every posted document comes out enriched
 * exactly once, audit clean. Two ways to stop, on one stack: closed (it commits and leaves the
 * group, which rebalances at once rather than after the session), and killed with SIGKILL in a JVM of its own (it leaves a
 * transaction open and its place in the group held: the coordinator drops it after the 10 s
 * session, and its open transaction is aborted, by its timeout, shortened here to 30 s, before its
 * partitions' committed offsets can be read again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebalanceIT {

  private static final String GROUP = "docintel-" + NormalizerApp.SERVICE;
  private static final Duration PACE = Duration.ofMillis(300);
  private static final Duration PROGRESS = Duration.ofSeconds(180);
  private static final Duration KILLED_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);

  private LocalStack stack;
  private RegistryValueSerdes serdes;
  private Topics topics;
  private Map<String, Object> kafka;

  @BeforeAll
  void startStack() {
    stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
    serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()));
    topics = new Topics(serdes);
    kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
  }

  @AfterAll
  void closeStack() {
    if (serdes != null) {
      serdes.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void aSecondNormalizerClosedMidStreamLeavesItsPartitionsToTheFirst() throws Exception {
    Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (EnrichedWatch enriched = new EnrichedWatch(kafka, topics.enriched());
        DocumentStream stream = DocumentStream.start(kafka, topics.documents(), DrillTexts::text, PACE)) {
      try (StreamsService second = stack.startInstance(NormalizerApp.SERVICE)) {
        awaitSharedWork(() -> second.meters().scrape());
      }
      assertThat(GroupMembers.partitions(kafka, GROUP, TopicNames.DOCUMENTS))
          .as("members once the second has closed: it left the group rather than wait for its session to end")
          .hasSize(1);
      awaitOneMemberWithEveryPartition();
      finish(since, stream, enriched);
    }
  }

  @Test
  void aSecondNormalizerKilledMidStreamLosesAndRepeatsNothing() throws Exception {
    Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (EnrichedWatch enriched = new EnrichedWatch(kafka, topics.enriched());
        DocumentStream stream = DocumentStream.start(kafka, topics.documents(), DrillTexts::text, PACE);
        ServiceProcess second = ServiceProcess.start(NormalizerApp.class, killableEnvironment(),
            Path.of("target", "fault-logs", "RebalanceIT-normalizer.log"))) {
      second.awaitReady(PROGRESS);
      awaitSharedWork(second::metrics);
      second.kill();
      awaitOneMemberWithEveryPartition();
      finish(since, stream, enriched);
    }
  }

  /**
   * The second normalizer's environment, with a transaction timeout of {@link #KILLED_TRANSACTION_TIMEOUT}
   * instead of the services' 2 minutes: the transaction it leaves open holds back every
   * read-committed reader of its output until the broker aborts it, and the drill's documents
   * take milliseconds each.
   */
  private Map<String, String> killableEnvironment() {
    Map<String, String> environment = new HashMap<>(stack.environment(NormalizerApp.SERVICE));
    environment.put("DOCINTEL_KAFKA_TRANSACTION_TIMEOUT_MS", String.valueOf(KILLED_TRANSACTION_TIMEOUT.toMillis()));
    return environment;
  }

  /** Text of the {@code /metrics} of the second instance. */
  @FunctionalInterface
  private interface Metrics {
    String scrape() throws Exception;
  }

  /** Waits until both instances hold partitions and the second has processed documents. */
  private void awaitSharedWork(Metrics second) {
    await("two normalizers sharing the partitions").atMost(PROGRESS).until(() -> {
      List<Set<Integer>> members = GroupMembers.partitions(kafka, GROUP, TopicNames.DOCUMENTS);
      return members.size() == 2 && members.stream().noneMatch(Set::isEmpty);
    });
    await("the second normalizer processing documents").atMost(PROGRESS)
        .until(() -> ProcessedRecords.in(second.scrape()) >= 3);
  }

  private void awaitOneMemberWithEveryPartition() {
    await("the first normalizer holding every partition").atMost(PROGRESS)
        .until(() -> GroupMembers.partitions(kafka, GROUP, TopicNames.DOCUMENTS).equals(List.of(Set.of(0, 1, 2))));
  }

  /** Keeps posting for a while after the takeover, then checks that every document came out once. */
  private void finish(Instant since, DocumentStream stream, EnrichedWatch enriched) throws InterruptedException {
    stream.awaitPosted(stream.posted() + 5, PROGRESS);
    List<String> posted = stream.stop();
    enriched.awaitIds(posted, PROGRESS);
    DrillAudit.assertClean(stack.bootstrapServers(), stack.registryUrl(), since, posted);
    DrillAudit.assertNoDuplicates(enriched.seen());
    assertThat(enriched.seen()).extracting(EnrichedDocument::getComplete).containsOnly(true);
  }
}
