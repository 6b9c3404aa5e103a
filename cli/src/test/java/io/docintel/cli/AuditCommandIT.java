package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.testkit.SampleDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code docintel audit} against the whole local stack: the samples and an unreadable PDF go in,
 * and once each has come out the audit is clean; an enriched record written a second time by hand
 * is then reported as a DUPLICATE of exactly that document.
 */
class AuditCommandIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCleanRunAuditsCleanAndAHandWrittenSecondEnrichedRecordIsADuplicate() throws Exception {
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Instant since = Instant.now().minusSeconds(1);
      Map<String, String> posted = new LinkedHashMap<>();
      try (SamplePosts posts = new SamplePosts(kafka, topics.documents())) {
        SampleDocuments.filesWithOneUnreadable().forEach((name, bytes) -> posted.put(posts.post("it", name, bytes), name));
      }
      PipelineOutcomes outcomes = PipelineOutcomes.await(kafka, topics,
          stack.services().stream().map(StreamsService::name).toList(), posted.keySet(), Duration.ofSeconds(240));
      String unreadable = idOf(posted, SampleDocuments.TRUNCATED_PDF.fileName());
      assertThat(outcomes.deadLetteredIds()).contains(unreadable);

      CommandRun clean = audit(stack, since);
      assertThat(clean.exit()).as(clean.stdout() + clean.stderr()).isZero();
      Map<String, JsonNode> verdicts = verdicts(clean);
      assertThat(verdicts.keySet()).isEqualTo(posted.keySet());
      verdicts.forEach((id, document) -> assertThat(document.get("verdict").asText()).as(posted.get(id)).isEqualTo("OK"));
      assertThat(verdicts.get(unreadable).get("detail").asText()).contains("normalizer");

      ConsumerRecord<String, EnrichedDocument> first = outcomes.enriched().get(0);
      Topic<String, EnrichedDocument> enriched = topics.enriched();
      try (var producer = new KafkaProducer<>(kafka, enriched.keySerde().serializer(), enriched.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(enriched.name(), first.key(), first.value())).get();
      }

      CommandRun duplicate = audit(stack, since);
      assertThat(duplicate.exit()).as(duplicate.stdout() + duplicate.stderr()).isEqualTo(1);
      Map<String, JsonNode> after = verdicts(duplicate);
      after.forEach((id, document) -> assertThat(document.get("verdict").asText()).as(posted.get(id))
          .isEqualTo(id.equals(first.key()) ? "DUPLICATE" : "OK"));
      assertThat(after.get(first.key()).get("detail").asText()).isEqualTo("2 enriched records");
    }
  }

  private static CommandRun audit(LocalStack stack, Instant since) {
    return CommandRun.of("audit", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(), "--since",
        since.toString(), "--settle", "2s", "--json");
  }

  /** Each document's judgement in the audit's JSON, by document id. */
  private static Map<String, JsonNode> verdicts(CommandRun run) throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode document : JSON.readTree(run.stdout()).get("documents")) {
      assertThat(byId.put(document.get("documentId").asText(), document)).as("one judgement per document").isNull();
    }
    return byId;
  }

  private static String idOf(Map<String, String> posted, String fileName) {
    return posted.entrySet().stream().filter(e -> e.getValue().equals(fileName)).findFirst().orElseThrow().getKey();
  }
}
