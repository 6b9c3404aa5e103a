package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.corpus.StackOutcomes;
import io.docintel.cli.corpus.StackProducer;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.dlq.DeadLetters;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.testkit.corpus.BadInputCorpus;
import io.docintel.testkit.corpus.CorpusCase;
import io.docintel.testkit.corpus.CorpusInput;
import io.docintel.testkit.corpus.ExpectedOutcome;
import io.docintel.testkit.corpus.Outcome;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus against the whole stack, in one run: every case is posted (documents through
 * the registry serde, wire-level cases as raw bytes) and must end as exactly one enriched result or
 * exactly one dead letter in the expected service's topic, with the expected stage and reason.
 * Afterwards every service is still live and ready, and the heap, after a collection, is back
 * under {@link #HEAP_BOUND_BYTES} although gigabyte bombs and a 20 MiB text went through.
 */
class BadInputCorpusIT {

  /**
   * Used heap after a full GC once the corpus is through. The idle stack uses about 170 MiB, about
   * 290 MiB after the corpus; before the deserializer bounded Avro's allocations it kept 2.4 GiB.
   */
  static final long HEAP_BOUND_BYTES = 512L * 1024 * 1024;
  /** How long a service may take to be ready again after a rebalance (a session timeout is 10 s). */
  static final Duration READY_WITHIN = Duration.ofSeconds(60);

  @Test
  void everyCaseEndsAsOneResultOrOneDeadLetterAndTheStackSurvives() throws Exception {
    List<CorpusCase> corpus = BadInputCorpus.all();
    Instant start = Instant.now().minusSeconds(1);
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      List<String> services = stack.services().stream().map(StreamsService::name).toList();
      Map<CorpusCase, RecordMetadata> posted = new LinkedHashMap<>();
      try (StackProducer producer = new StackProducer(stack.bootstrapServers(), topics)) {
        for (CorpusCase corpusCase : corpus) {
          posted.put(corpusCase, producer.post(corpusCase));
        }
      }

      try (StackOutcomes outcomes = new StackOutcomes(stack.bootstrapServers(), topics, services)) {
        boolean complete = outcomes.readUntil(() -> corpus.stream().allMatch(c -> arrived(outcomes, c, posted.get(c))),
            Duration.ofMinutes(4));
        // A duplicate would arrive right behind the first outcome: read on briefly before counting.
        outcomes.readUntil(() -> false, Duration.ofSeconds(3));
        List<String> missing = corpus.stream().filter(c -> !arrived(outcomes, c, posted.get(c))).map(CorpusCase::name)
            .toList();
        assertThat(missing).as("cases without an outcome").isEmpty();
        assertThat(complete).isTrue();

        for (CorpusCase corpusCase : corpus) {
          check(outcomes, corpusCase, posted.get(corpusCase), services);
        }
      }

      assertAuditClean(stack, start, corpus);

      for (StreamsService service : stack.services()) {
        assertThat(status(service, "/health/live")).as(service.name() + " live").isEqualTo(200);
        // Ready means Streams is RUNNING. A consumer-group rebalance passes through REBALANCING, a
        // normal state, so ready must come back, not be there at this very instant.
        assertThat(readyWithin(service, READY_WITHIN)).as(service.name() + " ready").isEqualTo(200);
      }
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.err.printf("heap used after the corpus and a GC: %d MiB%n", used >> 20);
      assertThat(used).as("heap used after GC").isLessThan(HEAP_BOUND_BYTES);
    }
  }

  /**
   * {@code docintel audit} over the run, as a user would run it: every case it can name (all but
   * the record posted without a key) is judged, and every judgement is OK.
   */
  private static void assertAuditClean(LocalStack stack, Instant start, List<CorpusCase> corpus) throws Exception {
    CommandRun audit = CommandRun.of("audit", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(),
        "--since", start.toString(), "--settle", "3s", "--json");
    // The stack's log lines written while the audit ran went to its captured stderr: keep them in the test's log.
    System.err.print(audit.stderr());
    assertThat(audit.stdout()).as("the audit's JSON; it said: %s", audit.stderr()).startsWith("{");
    JsonNode documents = new ObjectMapper().readTree(audit.stdout()).get("documents");
    Set<String> judged = new HashSet<>();
    documents.forEach(document -> {
      judged.add(document.get("documentId").asText());
      assertThat(document.get("verdict").asText()).as("audit of %s: %s", document.get("documentId").asText(),
          document.get("detail").asText()).isEqualTo("OK");
    });
    assertThat(judged).containsAll(corpus.stream()
        .filter(c -> !(c.input() instanceof CorpusInput.WireRecord wire && wire.key() == null))
        .map(CorpusCase::name).toList());
    assertThat(audit.exit()).as(audit.stderr()).isZero();
  }

  private static boolean arrived(StackOutcomes outcomes, CorpusCase corpusCase, RecordMetadata posted) {
    return !outcomes.enriched(corpusCase.name()).isEmpty() || !deadLetters(outcomes, corpusCase, posted).isEmpty();
  }

  private static void check(StackOutcomes outcomes, CorpusCase corpusCase, RecordMetadata posted, List<String> services) {
    ExpectedOutcome expected = corpusCase.expected();
    String name = corpusCase.name();
    List<EnrichedDocument> results = outcomes.enriched(name);
    List<ConsumerRecord<byte[], DeadLetter>> letters = deadLetters(outcomes, corpusCase, posted);
    if (expected.outcome() == Outcome.RESULT) {
      assertThat(letters).as(name + ": dead letters " + describe(letters)).isEmpty();
      assertThat(results).as(name + ": enriched results").hasSize(1);
      assertThat(results.get(0).getComplete()).as(name + ": complete").isTrue();
      if (expected.textContains() != null) {
        assertThat(outcomes.normalized(name).getText()).as(name + ": normalized text").contains(expected.textContains());
      }
      return;
    }
    assertThat(results).as(name + ": enriched results").isEmpty();
    assertThat(letters).as(name + ": dead letters " + describe(letters)).hasSize(1);
    ConsumerRecord<byte[], DeadLetter> record = letters.get(0);
    DeadLetter letter = record.value();
    assertThat(record.topic()).as(name + ": dead-letter topic").isEqualTo(TopicNames.deadLetters(expected.service()));
    assertThat(letter.getService()).as(name).isEqualTo(expected.service());
    assertThat(letter.getStage()).as(name + ": stage").isEqualTo(expected.stage());
    assertThat(letter.getErrorMessage()).as(name + ": reason").contains(expected.reason());
    Header reason = record.headers().lastHeader(DeadLetters.HEADER_ERROR_MESSAGE);
    assertThat(reason).as(name + ": reason header").isNotNull();
    assertThat(new String(reason.value(), StandardCharsets.UTF_8)).as(name + ": reason header").contains(expected.reason());
    assertThat(services).contains(expected.service());
  }

  /** Dead letters of a case: by its key, or, for a record without one, by where it was posted. */
  private static List<ConsumerRecord<byte[], DeadLetter>> deadLetters(
      StackOutcomes outcomes, CorpusCase corpusCase, RecordMetadata posted) {
    List<ConsumerRecord<byte[], DeadLetter>> letters = new ArrayList<>(outcomes.deadLettersKeyed(corpusCase.name()));
    for (ConsumerRecord<byte[], DeadLetter> byOrigin
        : outcomes.deadLettersFrom(posted.topic(), posted.partition(), posted.offset())) {
      if (!letters.contains(byOrigin)) {
        letters.add(byOrigin);
      }
    }
    return letters;
  }

  private static String describe(List<ConsumerRecord<byte[], DeadLetter>> letters) {
    return letters.stream().map(r -> r.topic() + " at " + r.value().getStage() + ": " + r.value().getErrorMessage())
        .toList().toString();
  }

  /** The status of {@code /health/ready}: 200 as soon as it answers so, else the last answer after {@code within}. */
  private static int readyWithin(StreamsService service, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    int status = status(service, "/health/ready");
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      status = status(service, "/health/ready");
    }
    return status;
  }

  private static int status(StreamsService service, String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + service.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
