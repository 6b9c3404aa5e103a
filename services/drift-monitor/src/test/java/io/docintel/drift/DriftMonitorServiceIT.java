package io.docintel.drift;

import static io.docintel.drift.report.MetricNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.DriftStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift monitor as it runs in production, against a real in-JVM broker and the real
 * registry: classifications and normalized documents whose label mix and length shift half-way
 * (with extractions and label feedback that do not shift) go in; drift reports come out OK for
 * the first window and ALERT, on the right metrics only, for the second; the gauges on
 * {@code /metrics} say the same.
 *
 * <p>Inputs are written before the service starts, one partition per topic, so Kafka Streams
 * reads them in timestamp order and the first 200 results per model form the reference.
 */
class DriftMonitorServiceIT {

  static final int PER_WINDOW = 200;
  // Recent enough that the broker's time-based retention keeps the records.
  static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

  static ServiceTestStack stack;
  static Topics topics;
  static StreamsService monitor;

  @BeforeAll
  static void start(@TempDir Path state) throws Exception {
    stack = ServiceTestStack.start();
    topics = stack.topics();
    stack.createTopics(1, TopicNames.CLASSIFICATIONS, TopicNames.NORMALIZED, TopicNames.EXTRACTIONS,
        TopicNames.FEEDBACK);
    produceShiftingStream();
    Config config = Config.load(DriftMonitorApp.SETTINGS, stack.serviceEnvironment(state,
        "DOCINTEL_TOPICS_PARTITIONS", "1",
        "DOCINTEL_DRIFT_GRACE", "1m",
        "DOCINTEL_DRIFT_REFERENCE_SIZE", String.valueOf(PER_WINDOW)));
    monitor = DriftMonitorApp.start(config);
    assertThat(monitor.awaitRunning(Duration.ofSeconds(60))).isTrue();
  }

  @AfterAll
  static void stop() {
    if (monitor != null) {
      monitor.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void reportsMoveFromOkToAlertOnTheShiftedMetricsOnly() throws Exception {
    List<DriftReport> reports = new ArrayList<>();
    Map<String, Object> consumer = Map.of("bootstrap.servers", stack.bootstrapServers());
    try (var drift = new TopicReader<>(consumer, topics.drift())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      // 4 kinds of observation x (two 5m windows + one 1h window)
      while (reports.size() < 12 && System.nanoTime() < deadline) {
        drift.poll(Duration.ofMillis(200)).forEach(r -> reports.add(r.value()));
      }
    }

    DriftReport firstPrediction = find(reports, T0, PREDICTION_PSI);
    DriftReport secondPrediction = find(reports, T0.plus(ShiftingStream.WINDOW), PREDICTION_PSI);
    DriftReport firstInput = find(reports, T0, LENGTH_PSI);
    DriftReport secondInput = find(reports, T0.plus(ShiftingStream.WINDOW), LENGTH_PSI);

    assertThat(firstPrediction.getStatus()).isEqualTo(DriftStatus.OK);
    assertThat(firstPrediction.getReferenceDocuments()).isEqualTo(PER_WINDOW);
    assertThat(firstInput.getStatus()).isEqualTo(DriftStatus.OK);
    // Labels shifted, confidences and embeddings did not.
    assertThat(alerting(secondPrediction)).containsExactlyInAnyOrder(PREDICTION_PSI, PREDICTION_JS);
    assertThat(statuses(secondPrediction)).containsEntry(EMBEDDING_MMD, DriftStatus.OK)
        .containsEntry(EMBEDDING_CENTROID, DriftStatus.OK).containsEntry(CONFIDENCE_KS, DriftStatus.OK);
    // Lengths shifted (and with them chunking), language did not.
    assertThat(alerting(secondInput)).containsExactlyInAnyOrder(LENGTH_PSI, CHUNKING_RATE);
    assertThat(statuses(secondInput)).containsEntry(LANGUAGE_JS, DriftStatus.OK);
    // Entities per token, their mix and the PII rate did not move.
    DriftReport secondExtraction = find(reports, T0.plus(ShiftingStream.WINDOW), PII_RATE);
    assertThat(statuses(secondExtraction)).containsKey(ENTITIES_PER_1K);
    assertThat(secondExtraction.getStatus()).isEqualTo(DriftStatus.OK);
    // Every piece of feedback confirmed the label the classifier gave.
    DriftReport secondQuality = find(reports, T0.plus(ShiftingStream.WINDOW), ACCURACY_DROP);
    assertThat(secondQuality.getDocuments()).isEqualTo(PER_WINDOW);
    assertThat(secondQuality.getStatus()).isEqualTo(DriftStatus.OK);

    String metrics = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + monitor.httpPort() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).contains("docintel_drift_status{metric=\"prediction.psi\",model=\"minilm-l6-q\","
        + "model_version=\"abc123def456\",service=\"drift-monitor\",view=\"5m\"} 2.0");
    assertThat(metrics).contains("docintel_drift_value{metric=\"input.length_psi\"");
    assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag_max");
  }

  private static void produceShiftingStream() throws Exception {
    Map<String, Object> props = Map.of("bootstrap.servers", stack.bootstrapServers());
    try (var results = new KafkaProducer<>(props, topics.classifications().keySerde().serializer(),
            topics.classifications().valueSerde().serializer());
        var documents = new KafkaProducer<>(props, topics.normalized().keySerde().serializer(),
            topics.normalized().valueSerde().serializer());
        var entities = new KafkaProducer<>(props, topics.extractions().keySerde().serializer(),
            topics.extractions().valueSerde().serializer());
        var corrections = new KafkaProducer<>(props, topics.feedback().keySerde().serializer(),
            topics.feedback().valueSerde().serializer())) {
      for (int phase = 0; phase < 2; phase++) {
        Instant start = T0.plus(ShiftingStream.WINDOW.multipliedBy(phase));
        for (int i = 0; i < PER_WINDOW; i++) {
          long time = ShiftingStream.at(start, i, PER_WINDOW).toEpochMilli();
          String id = "doc-" + phase + "-" + i;
          results.send(new ProducerRecord<>(TopicNames.CLASSIFICATIONS, null, time, id,
              ShiftingStream.classification(i, phase == 1, false)));
          documents.send(new ProducerRecord<>(TopicNames.NORMALIZED, null, time, id,
              ShiftingStream.normalized(i, phase == 1, Instant.ofEpochMilli(time))));
          // Extraction follows normalization, so its document's token count is known by then.
          entities.send(new ProducerRecord<>(TopicNames.EXTRACTIONS, null, time + 1, id,
              ShiftingStream.extraction(i, phase == 1)));
          corrections.send(new ProducerRecord<>(TopicNames.FEEDBACK, null, time + 2, id,
              ShiftingStream.feedback(id, i, phase == 1, false, Instant.ofEpochMilli(time + 2))));
        }
      }
      // Moves stream time past the hour's end plus grace, closing every window above.
      long later = T0.plus(Duration.ofHours(2)).toEpochMilli();
      results.send(new ProducerRecord<>(TopicNames.CLASSIFICATIONS, null, later, "tick",
          ShiftingStream.classification(0, false, false))).get();
      documents.send(new ProducerRecord<>(TopicNames.NORMALIZED, null, later, "tick",
          ShiftingStream.normalized(0, false, Instant.ofEpochMilli(later)))).get();
      entities.send(new ProducerRecord<>(TopicNames.EXTRACTIONS, null, later, "tick",
          ShiftingStream.extraction(0, false))).get();
      corrections.send(new ProducerRecord<>(TopicNames.FEEDBACK, null, later, "tick",
          ShiftingStream.feedback("tick", 0, false, false, Instant.ofEpochMilli(later)))).get();
    }
  }

  private static DriftReport find(List<DriftReport> reports, Instant start, String metric) {
    return reports.stream()
        .filter(r -> r.getView().equals("5m") && r.getWindowStart().equals(start))
        .filter(r -> r.getMetrics().stream().anyMatch(m -> m.getName().equals(metric)))
        .findFirst().orElseThrow(() -> new AssertionError("no 5m report at " + start + " with " + metric
            + " among " + reports.size()));
  }

  private static List<String> alerting(DriftReport report) {
    return report.getMetrics().stream().filter(m -> m.getStatus() == DriftStatus.ALERT)
        .map(DriftMetric::getName).toList();
  }

  private static Map<String, DriftStatus> statuses(DriftReport report) {
    return report.getMetrics().stream().collect(Collectors.toMap(DriftMetric::getName, DriftMetric::getStatus));
  }
}
