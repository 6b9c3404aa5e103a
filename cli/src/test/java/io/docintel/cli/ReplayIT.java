package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code docintel replay} and {@code docintel dlq} against the whole local stack: a replayed
 * document gets results of a new revision next to its originals, a pinned model version that is
 * not running dead-letters the document at the model stages, and a dead letter is listed,
 * re-sent once with its attempt counted, and skipped when replayed again.
 */
class ReplayIT {

  @Test
  void replayAddsANewRevisionAndDeadLettersAreReplayedOnce() throws Exception {
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      String[] cluster = {"-b", stack.bootstrapServers(), "-r", stack.registryUrl()};
      Instant start = Instant.now().minusSeconds(1);
      String text = new String(SampleDocuments.CONTRACT_TEXT.bytes(), StandardCharsets.UTF_8);
      try (var producer = new KafkaProducer<>(kafka, topics.documents().keySerde().serializer(),
          topics.documents().valueSerde().serializer())) {
        for (String id : List.of("doc-a", "doc-b")) {
          producer.send(new ProducerRecord<>(topics.documents().name(), id, document(id, text))).get();
        }
      }
      try (var raw = new KafkaProducer<>(kafka, new ByteArraySerializer(), new ByteArraySerializer())) {
        raw.send(new ProducerRecord<>(topics.documents().name(), utf8("garbage-1"), new byte[] {0, 0, 0, 0, 99, 1})).get();
      }
      awaitEnriched(kafka, topics, 2);

      CommandRun list = CommandRun.of(join(cluster, "dlq", "list", "--json"));
      assertThat(list.exit()).isZero();
      assertThat(list.stdout()).contains("\"documentId\":\"garbage-1\"").contains("\"service\":\"normalizer\"")
          .doesNotContain("doc-a");

      CommandRun replay = CommandRun.of(join(cluster, "replay", "--from", start.toString(), "--document", "doc-a"));
      assertThat(replay.exit()).as(replay.stderr()).isZero();
      assertThat(replay.stdout()).contains("doc-a\trevision 1").contains("1 documents replayed");
      List<EnrichedDocument> enriched = awaitEnriched(kafka, topics, 3);
      assertThat(enriched).extracting(e -> e.getDocumentId() + "@" + e.getRevision())
          .containsExactlyInAnyOrder("doc-a@0", "doc-b@0", "doc-a@1");

      CommandRun pinned = CommandRun.of(join(cluster, "replay", "--from", start.toString(), "--document", "doc-b",
          "--model-version", "no-such-version"));
      assertThat(pinned.exit()).isZero();
      List<DeadLetter> refused = awaitDeadLetters(kafka, topics, letter ->
          letter.getErrorMessage().contains("pinned to model version no-such-version"), 3);
      assertThat(refused).extracting(DeadLetter::getService)
          .containsExactlyInAnyOrder("extractor", "classifier", "summarizer");

      CommandRun resend = CommandRun.of(join(cluster, "dlq", "replay", "--service", "normalizer"));
      assertThat(resend.exit()).as(resend.stderr()).isZero();
      assertThat(resend.stdout()).contains("1 records re-sent");
      List<DeadLetter> again = awaitDeadLetters(kafka, topics, letter -> letter.getAttempt() == 2, 1);
      assertThat(again.get(0).getService()).isEqualTo("normalizer");

      CommandRun twice = CommandRun.of(join(cluster, "dlq", "replay", "--service", "normalizer", "--dry-run"));
      assertThat(twice.stdout().lines().filter(line -> line.contains("garbage-1")).toList())
          .as("only the new dead letter, attempt 2, is still to replay").singleElement()
          .satisfies(line -> assertThat(line).contains("attempt 2"));
    }
  }

  private static List<EnrichedDocument> awaitEnriched(Map<String, Object> kafka, Topics topics, int count) {
    List<EnrichedDocument> seen = new ArrayList<>();
    await().atMost(Duration.ofSeconds(180)).until(() -> {
      seen.clear();
      try (var reader = new TopicReader<>(kafka, topics.enriched())) {
        reader.readToEnd(Duration.ofSeconds(30)).forEach(record -> seen.add(record.value()));
      }
      return seen.size() >= count;
    });
    assertThat(seen).hasSize(count);
    return seen;
  }

  private static List<DeadLetter> awaitDeadLetters(Map<String, Object> kafka, Topics topics,
      java.util.function.Predicate<DeadLetter> wanted, int count) {
    List<DeadLetter> seen = new ArrayList<>();
    await().atMost(Duration.ofSeconds(120)).until(() -> {
      seen.clear();
      for (String service : List.of("normalizer", "extractor", "classifier", "summarizer")) {
        try (var reader = new TopicReader<>(kafka, topics.deadLetters(service))) {
          for (ConsumerRecord<byte[], DeadLetter> record : reader.readToEnd(Duration.ofSeconds(30))) {
            if (wanted.test(record.value())) {
              seen.add(record.value());
            }
          }
        }
      }
      return seen.size() >= count;
    });
    return seen;
  }

  private static Document document(String id, String text) {
    return Document.newBuilder().setId(id).setTenant("it").setSource("replay-it").setContent(new TextContent(text))
        .setMetadata(Map.of()).setEventTime(Instant.now()).build();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String[] join(String[] cluster, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    int insertAt = args[0].equals("dlq") ? 2 : 1;
    all.addAll(insertAt, List.of(cluster));
    return all.toArray(String[]::new);
  }
}
