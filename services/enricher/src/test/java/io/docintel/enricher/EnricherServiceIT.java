package io.docintel.enricher;

import static io.docintel.enricher.TestResults.classification;
import static io.docintel.enricher.TestResults.extraction;
import static io.docintel.enricher.TestResults.normalized;
import static io.docintel.enricher.TestResults.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.EnrichedDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enricher as it runs in production, against a real in-JVM broker and the real registry:
 * documents whose results all arrive get exactly one complete record, a document missing a
 * result gets exactly one incomplete record after the timeout, and a repeated result changes
 * nothing.
 */
class EnricherServiceIT {

  static ServiceTestStack stack;
  static Topics topics;
  static StreamsService enricher;

  @BeforeAll
  static void start(@TempDir Path state) throws Exception {
    stack = ServiceTestStack.start();
    topics = stack.topics();
    Config config = Config.load(EnricherApp.SETTINGS, stack.serviceEnvironment(state,
        "DOCINTEL_TOPICS_PARTITIONS", "2",
        "DOCINTEL_ENRICHER_TIMEOUT", "3s",
        "DOCINTEL_ENRICHER_CHECK_INTERVAL", "200ms"));
    enricher = EnricherApp.start(config);
    assertThat(enricher.awaitRunning(Duration.ofSeconds(60))).isTrue();
  }

  @AfterAll
  static void stop() {
    if (enricher != null) {
      enricher.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void oneEnrichedRecordPerDocumentCompleteOrAfterTheTimeout() throws Exception {
    send(topics.summaries(), "doc-a", summary("doc-a"));
    send(topics.normalized(), "doc-a", normalized("doc-a"));
    send(topics.classifications(), "doc-a", classification("doc-a", "invoice"));
    send(topics.extractions(), "doc-a", extraction("doc-a"));
    send(topics.normalized(), "doc-b", normalized("doc-b"));
    send(topics.extractions(), "doc-b", extraction("doc-b"));
    send(topics.classifications(), "doc-b", classification("doc-b", "news"));
    send(topics.summaries(), "doc-b", summary("doc-b"));
    send(topics.normalized(), "doc-c", normalized("doc-c"));
    send(topics.extractions(), "doc-c", extraction("doc-c"));

    List<EnrichedDocument> records = new ArrayList<>();
    try (var reader = new TopicReader<>(Map.of("bootstrap.servers", stack.bootstrapServers()), topics.enriched())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (records.size() < 3 && System.nanoTime() < deadline) {
        reader.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.value()));
      }
      // A repeated result after emission must not bring a second record, even past the timeout.
      send(topics.summaries(), "doc-a", summary("doc-a"));
      long quiet = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (System.nanoTime() < quiet) {
        reader.poll(Duration.ofMillis(200)).forEach(r -> records.add(r.value()));
      }
    }

    Map<String, EnrichedDocument> byId = new HashMap<>();
    records.forEach(r -> assertThat(byId.put(r.getDocumentId(), r)).as("one record for " + r.getDocumentId()).isNull());
    assertThat(byId).containsOnlyKeys("doc-a", "doc-b", "doc-c");
    for (String id : List.of("doc-a", "doc-b")) {
      EnrichedDocument document = byId.get(id);
      assertThat(document.getComplete()).as(id).isTrue();
      assertThat(document.getTenant()).isEqualTo("tenant-" + id);
      assertThat(document.getExtraction().getDocumentId()).isEqualTo(id);
      assertThat(document.getClassification().getDocumentId()).isEqualTo(id);
      assertThat(document.getSummary().getDocumentId()).isEqualTo(id);
    }
    EnrichedDocument incomplete = byId.get("doc-c");
    assertThat(incomplete.getComplete()).isFalse();
    assertThat(incomplete.getExtraction()).isNotNull();
    assertThat(incomplete.getClassification()).isNull();
    assertThat(incomplete.getSummary()).isNull();

    String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + enricher.httpPort() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).contains("docintel_enricher_emitted_total{complete=\"true\",service=\"enricher\"} 2.0");
    assertThat(metrics).contains("docintel_enricher_results_late_total{result=\"summary\",service=\"enricher\"} 1.0");
  }

  private static <V> void send(Topic<String, V> topic, String id, V value) throws Exception {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), id, value)).get();
    }
  }
}
