package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.runtime.StreamThreadRestarts;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.Topics;
import io.docintel.normalizer.NormalizerApp;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The schema registry goes away while documents are posted and comes back: nothing is
 * dead-lettered, the normalizer's stream thread fails and is replaced (counted as transient
 * retries) until the registry answers, and then every document comes out enriched exactly once,
 * which {@code docintel audit} confirms.
 */
class RegistryOutageIT {

  @Test
  void documentsPostedWhileTheRegistryIsDownAreEnrichedOnceAndNothingIsDeadLettered() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts()
        .with("DOCINTEL_REGISTRY_RETRY_TIMEOUT_MS", "1000")
        .with("DOCINTEL_STREAMS_RETRY_BACKOFF", "200ms")
        .with("DOCINTEL_STREAMS_RETRY_BACKOFF_MAX", "2s");
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Instant since = Instant.now().minusSeconds(1);
      List<SampleDocument> samples = SampleDocuments.all();
      List<String> posted = new ArrayList<>();
      try (SamplePosts posts = new SamplePosts(kafka, topics.documents())) {
        // Only this test's producer knows the Document schema id before the outage; no service has
        // seen a record yet, so each must reach the registry for its first one.
        posts.registerSchema();
        stack.stopRegistry();
        for (SampleDocument sample : samples.subList(0, samples.size() / 2)) {
          posted.add(posts.post("outage", sample.fileName(), sample.bytes()));
        }
        StreamsService normalizer = service(stack, NormalizerApp.SERVICE);
        await("the normalizer retrying while the registry is down").atMost(Duration.ofSeconds(120))
            .until(() -> transientRetries(normalizer) >= 2);
        stack.startRegistry();
        for (SampleDocument sample : samples.subList(samples.size() / 2, samples.size())) {
          posted.add(posts.post("outage", sample.fileName(), sample.bytes()));
        }
      }

      PipelineOutcomes outcomes = PipelineOutcomes.await(kafka, topics,
          stack.services().stream().map(StreamsService::name).toList(), Set.copyOf(posted), Duration.ofSeconds(240));
      Map<String, Long> enrichedPerId = outcomes.enriched().stream()
          .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
      assertThat(enrichedPerId.keySet()).containsExactlyInAnyOrderElementsOf(posted);
      assertThat(enrichedPerId.values()).allSatisfy(count -> assertThat(count).isOne());
      assertThat(outcomes.enriched()).extracting(ConsumerRecord::value).allSatisfy(
          document -> assertThat(((EnrichedDocument) document).getComplete()).isTrue());

      CommandRun audit = CommandRun.of("audit", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(),
          "--since", since.toString(), "--settle", "3s");
      assertThat(audit.exit()).as(audit.stdout() + audit.stderr()).isZero();
      assertThat(audit.stdout()).contains("clean");
      assertThat(deadLettersWritten(kafka, stack)).as("records ever written to any dead-letter topic").isZero();
    }
  }

  private static StreamsService service(LocalStack stack, String name) {
    return stack.services().stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
  }

  private static double transientRetries(StreamsService service) {
    var counter = service.meters().find(StreamThreadRestarts.METRIC).tag("reason", "transient").counter();
    return counter == null ? 0 : counter.count();
  }

  /** The sum of the end offsets of every service's dead-letter topic: 0 when nothing, not even aborted, was written. */
  private static long deadLettersWritten(Map<String, Object> kafka, LocalStack stack) throws Exception {
    List<String> names = stack.services().stream().map(service -> TopicNames.deadLetters(service.name())).toList();
    try (Admin admin = Admin.create(kafka)) {
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      Map<TopicPartition, OffsetSpec> latest = topics.values().stream()
          .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
          .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }
  }
}
