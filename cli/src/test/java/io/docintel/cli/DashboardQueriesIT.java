package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.client.DocumentFiles;
import io.docintel.cli.local.LocalPrometheus;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.cli.local.ScrapeTarget;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Document;
import io.docintel.testkit.BadSampleDocument;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboards against a real Prometheus: the local stack runs with short drift
 * windows, a {@link LocalPrometheus} scrapes it every second, sample documents (good and bad,
 * in rounds a few seconds apart so drift windows close) flow through, and then every panel
 * query of deploy/grafana/dashboards must parse and return at least one series.
 */
class DashboardQueriesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ROUND_GAP = Duration.ofSeconds(5);
  private static final int MAX_ROUNDS = 6;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyPanelQueryReturnsSeriesFromTheRunningStack() throws Exception {
    Map<String, String> queries = panelQueries();
    assertThat(queries).hasSizeGreaterThan(15);
    LocalStackOptions options = LocalStackOptions.freePorts()
        .with("DOCINTEL_DRIFT_WINDOWS", "3s")
        .with("DOCINTEL_DRIFT_GRACE", "1s")
        .with("DOCINTEL_DRIFT_MIN_WINDOW_DOCUMENTS", "1");
    try (LocalStack stack = LocalStack.start(options, System.err);
        LocalPrometheus prometheus = LocalPrometheus.start(ScrapeTarget.of(stack), Duration.ofSeconds(1), 0);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topic<String, Document> documents = new Topics(serdes).documents();
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Map<String, String> empty = new LinkedHashMap<>(queries);
      try (var producer = new KafkaProducer<>(kafka, documents.keySerde().serializer(),
          documents.valueSerde().serializer())) {
        int rounds = 0;
        long lastRound = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
          if (rounds < MAX_ROUNDS && System.nanoTime() - lastRound >= ROUND_GAP.toNanos()) {
            postRound(producer, documents.name(), "dashboards-" + rounds++);
            lastRound = System.nanoTime();
          }
          if (allTargetsUp(prometheus)) {
            empty.entrySet().removeIf(query -> seriesCount(prometheus, query.getValue()) > 0);
            if (empty.isEmpty()) {
              break;
            }
          }
          Thread.sleep(2000);
        }
      }
      assertThat(allTargetsUp(prometheus)).as("every scrape target up").isTrue();
      assertThat(empty).as("panel queries that returned no series").isEmpty();
    }
  }

  private static void postRound(KafkaProducer<String, Document> producer, String topic, String tenant)
      throws Exception {
    Instant now = Instant.now();
    List<Document> round = new ArrayList<>();
    for (SampleDocument sample : SampleDocuments.all()) {
      round.add(DocumentFiles.toDocument(tenant, sample.fileName(), sample.bytes(), now));
    }
    for (BadSampleDocument bad : SampleDocuments.bad()) {
      round.add(DocumentFiles.toDocument(tenant, bad.fileName(), bad.bytes(), now));
    }
    for (Document document : round) {
      producer.send(new ProducerRecord<>(topic, document.getId(), document)).get();
    }
  }

  /** Every target's query, named {@code dashboard / panel title / refId}. */
  private static Map<String, String> panelQueries() throws IOException {
    Map<String, String> queries = new LinkedHashMap<>();
    for (String dashboard : Dashboards.NAMES) {
      for (JsonNode panel : Dashboards.read(dashboard).path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          queries.put(dashboard + " / " + panel.path("title").asText() + " / " + target.path("refId").asText(),
              target.path("expr").asText());
        }
      }
    }
    return queries;
  }

  private boolean allTargetsUp(LocalPrometheus prometheus) {
    JsonNode targets = get(prometheus, "/api/v1/targets?state=active").path("data").path("activeTargets");
    boolean up = targets.size() > 0;
    for (JsonNode target : targets) {
      up &= "up".equals(target.path("health").asText());
    }
    return up;
  }

  /** The number of series {@code expr} returns now; fails the test when Prometheus rejects it. */
  private int seriesCount(LocalPrometheus prometheus, String expr) {
    JsonNode answer = get(prometheus, "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
    assertThat(answer.path("status").asText()).as("status of %s: %s", expr, answer).isEqualTo("success");
    return answer.path("data").path("result").size();
  }

  private JsonNode get(LocalPrometheus prometheus, String pathAndQuery) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(prometheus.url() + pathAndQuery))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("prometheus did not answer " + pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
