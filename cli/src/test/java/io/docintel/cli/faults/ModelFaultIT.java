package io.docintel.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.classifier.ClassifierApp;
import io.docintel.classifier.ClassifierTopology;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.EnrichedDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The model throwing for some inputs. The local stack leaves its classifier out and the test runs
 * one in this JVM whose document classifier is wrapped ({@link MarkerFailingClassifier}) to throw
 * for any document whose text carries a marker; documents flow, one in four marked. Each marked
 * document ends as exactly one classifier dead letter giving the model's failure as its reason,
 * and as an enriched record without a classification, marked incomplete (the enricher's timeout,
 * shortened here, emits what arrived); every other document is enriched whole; nothing else is
 * dead-lettered. The audit is clean: the dead letters explain the partial records, so none is
 * UNEXPLAINED_PARTIAL.
 */
class ModelFaultIT {

  private static final int DOCUMENTS = 24;
  private static final Duration PACE = Duration.ofMillis(200);
  private static final Duration OUTCOMES = Duration.ofSeconds(180);

  @Test
  void documentsTheModelFailsOnAreDeadLetteredWithTheReasonAndTheOthersEnrichedWhole() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts().without(ClassifierApp.SERVICE)
        .with("DOCINTEL_ENRICHER_TIMEOUT", "15s");
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()));
        StreamsService classifier = ClassifierApp.start(
            Config.load(ClassifierApp.SETTINGS, stack.environment(ClassifierApp.SERVICE)), MarkerFailingClassifier::new)) {
      assertThat(classifier.awaitRunning(Duration.ofSeconds(60))).as("the classifier running").isTrue();
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      List<String> posted;
      List<EnrichedDocument> enriched;
      try (EnrichedWatch watch = new EnrichedWatch(kafka, topics.enriched());
          DocumentStream stream = DocumentStream.start(kafka, topics.documents(), ModelFaultIT::text, PACE)) {
        stream.awaitPosted(DOCUMENTS, OUTCOMES);
        posted = stream.stop();
        watch.awaitIds(posted, OUTCOMES);
        enriched = watch.seen();
      }
      Set<String> marked = IntStream.range(0, posted.size()).filter(ModelFaultIT::marked).mapToObj(posted::get)
          .collect(Collectors.toSet());
      assertThat(marked).hasSizeGreaterThanOrEqualTo(DOCUMENTS / 4);

      Map<String, List<DeadLetter>> letters = deadLetters(kafka, topics, marked);
      assertThat(letters.keySet()).as("documents with dead letters").isEqualTo(marked);
      letters.forEach((id, forDocument) -> {
        assertThat(forDocument).as("dead letters of %s", id).hasSize(1);
        DeadLetter letter = forDocument.get(0);
        assertThat(letter.getService()).isEqualTo(ClassifierApp.SERVICE);
        assertThat(letter.getStage()).isEqualTo("process:" + ClassifierTopology.CLASSIFY);
        assertThat(letter.getErrorClass()).isEqualTo(MarkerFailingClassifier.InjectedModelFailure.class.getName());
        assertThat(letter.getErrorMessage()).contains(MarkerFailingClassifier.REASON);
      });

      DrillAudit.assertNoDuplicates(enriched);
      Map<String, EnrichedDocument> byId = enriched.stream()
          .collect(Collectors.toMap(EnrichedDocument::getDocumentId, Function.identity()));
      posted.forEach(id -> {
        EnrichedDocument record = byId.get(id);
        assertThat(record.getExtraction()).as("extraction of %s", id).isNotNull();
        assertThat(record.getSummary()).as("summary of %s", id).isNotNull();
        if (marked.contains(id)) {
          assertThat(record.getComplete()).as("marked %s complete", id).isFalse();
          assertThat(record.getClassification()).as("classification of marked %s", id).isNull();
        } else {
          assertThat(record.getComplete()).as("%s complete", id).isTrue();
          assertThat(record.getClassification()).as("classification of %s", id).isNotNull();
        }
      });

      Map<String, JsonNode> verdicts = DrillAudit.assertClean(stack.bootstrapServers(), stack.registryUrl(), since,
          posted);
      marked.forEach(id -> assertThat(verdicts.get(id).get("detail").asText()).as(id)
          .contains("without classification").contains("dead-lettered by classifier"));
    }
  }

  private static boolean marked(int n) {
    return n % 4 == 1;
  }

  private static String text(int n) {
    return marked(n) ? DrillTexts.text(n) + " Reference " + MarkerFailingClassifier.MARKER + "." : DrillTexts.text(n);
  }

  /**
   * Every service's dead letters by document id, read until each of {@code expected} has one and
   * then until the topics are drained.
   */
  private static Map<String, List<DeadLetter>> deadLetters(Map<String, Object> kafka, Topics topics,
      Set<String> expected) {
    List<Topic<byte[], DeadLetter>> all = LocalStack.serviceNames().stream().map(topics::deadLetters).toList();
    Map<String, List<DeadLetter>> byId = new HashMap<>();
    try (TopicReader<byte[], DeadLetter> reader = new TopicReader<>(kafka, all)) {
      long deadline = System.nanoTime() + OUTCOMES.toNanos();
      boolean drained = false;
      while (!(byId.keySet().containsAll(expected) && drained) && System.nanoTime() < deadline) {
        List<ConsumerRecord<byte[], DeadLetter>> records = reader.poll(Duration.ofMillis(500));
        drained = records.isEmpty();
        records.forEach(record -> byId.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8),
            id -> new ArrayList<>()).add(record.value()));
      }
    }
    return byId;
  }
}
