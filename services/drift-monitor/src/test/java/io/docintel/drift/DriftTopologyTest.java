package io.docintel.drift;

import static io.docintel.drift.report.MetricNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.drift.report.DriftMeters;
import io.docintel.drift.report.Thresholds;
import io.docintel.drift.window.SampleLimits;
import io.docintel.schemas.Classification;
import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.DriftStatus;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.testkit.PlainAvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@link DriftTopology#build} with TopologyTestDriver: a stream whose labels, confidences
 * and lengths shift in the second five-minute window. The first window matches the reference
 * (it is the reference) and is OK; the second alerts on exactly the metrics that moved.
 */
class DriftTopologyTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final int PER_WINDOW = 200;

  @TempDir
  Path state;

  @Test
  void reportsOkThenAlertsOnTheMetricsThatShifted() {
    Topic<String, Classification> classifications =
        new Topic<>(TopicNames.CLASSIFICATIONS, Serdes.String(), PlainAvroSerde.of(Classification.class));
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    Topic<String, DriftReport> drift = new Topic<>(TopicNames.DRIFT, Serdes.String(), PlainAvroSerde.of(DriftReport.class));
    DriftPolicy policy = new DriftPolicy(View.parseAll("5m,1h"), Duration.ZERO, PER_WINDOW,
        new SampleLimits(10_000, 100, 0.5, 20), 0, 30, Thresholds.DEFAULTS);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Properties props = new Properties();
    props.put("application.id", "drift-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    props.put("state.dir", state.toString());
    try (TopologyTestDriver driver = new TopologyTestDriver(
        DriftTopology.build(classifications, normalized, drift, policy, new DriftMeters(registry)), props)) {
      var results = driver.createInputTopic(classifications.name(), classifications.keySerde().serializer(),
          classifications.valueSerde().serializer());
      var documents = driver.createInputTopic(normalized.name(), normalized.keySerde().serializer(),
          normalized.valueSerde().serializer());
      var reports = driver.createOutputTopic(drift.name(), drift.keySerde().deserializer(),
          drift.valueSerde().deserializer());
      for (int phase = 0; phase < 2; phase++) {
        Instant start = T0.plus(ShiftingStream.WINDOW.multipliedBy(phase));
        for (int i = 0; i < PER_WINDOW; i++) {
          Instant time = ShiftingStream.at(start, i, PER_WINDOW);
          results.pipeInput(new TestRecord<>("doc-" + i, ShiftingStream.classification(i, phase == 1, true), time));
          documents.pipeInput(new TestRecord<>("doc-" + i, ShiftingStream.normalized(i, phase == 1, time), time));
        }
      }
      // One late-enough result moves stream time past the end of the hour and closes every window.
      Instant later = T0.plus(Duration.ofHours(2));
      results.pipeInput(new TestRecord<>("tick", ShiftingStream.classification(0, false, false), later));
      documents.pipeInput(new TestRecord<>("tick", ShiftingStream.normalized(0, false, later), later));

      List<TestRecord<String, DriftReport>> all = reports.readRecordsToList();
      DriftReport firstPrediction = find(all, "5m", T0, PREDICTION_PSI);
      DriftReport secondPrediction = find(all, "5m", T0.plus(ShiftingStream.WINDOW), PREDICTION_PSI);
      DriftReport firstInput = find(all, "5m", T0, LENGTH_PSI);
      DriftReport secondInput = find(all, "5m", T0.plus(ShiftingStream.WINDOW), LENGTH_PSI);
      DriftReport hourPrediction = find(all, "1h", T0, PREDICTION_PSI);

      assertThat(all).hasSize(6);
      assertThat(all).extracting(TestRecord::key).containsOnly("minilm-l6-q@abc123def456", "minilm-l6-q@test");
      assertThat(firstPrediction.getStatus()).isEqualTo(DriftStatus.OK);
      assertThat(firstPrediction.getDocuments()).isEqualTo(PER_WINDOW);
      assertThat(firstPrediction.getReferenceDocuments()).isEqualTo(PER_WINDOW);
      assertThat(firstInput.getStatus()).isEqualTo(DriftStatus.OK);

      assertThat(secondPrediction.getStatus()).isEqualTo(DriftStatus.ALERT);
      assertThat(statuses(secondPrediction)).containsAllEntriesOf(Map.of(
          PREDICTION_PSI, DriftStatus.ALERT, PREDICTION_JS, DriftStatus.ALERT, CONFIDENCE_KS, DriftStatus.ALERT,
          CONFIDENCE_MEAN, DriftStatus.ALERT,
          EMBEDDING_CENTROID, DriftStatus.OK, EMBEDDING_MMD, DriftStatus.OK,
          CONFIDENCE_LOW_SHARE, DriftStatus.OK, ESCALATION_RATE, DriftStatus.OK, TRUNCATION_RATE, DriftStatus.OK));
      assertThat(statuses(secondInput)).containsExactlyInAnyOrderEntriesOf(Map.of(
          LENGTH_PSI, DriftStatus.ALERT, CHUNKING_RATE, DriftStatus.ALERT,
          LANGUAGE_JS, DriftStatus.OK, EMPTY_SHORT_RATE, DriftStatus.OK));
      assertThat(hourPrediction.getDocuments()).isEqualTo(2 * PER_WINDOW);

      assertThat(registry.get(DriftMeters.STATUS).tags("model", "minilm-l6-q", "model.version", "abc123def456",
          "view", "5m", "metric", PREDICTION_PSI).gauge().value()).isEqualTo(2.0);
      assertThat(registry.get(DriftMeters.STATUS).tags("model", "minilm-l6-q", "view", "5m",
          "metric", EMBEDDING_MMD).gauge().value()).isZero();
      assertThat(registry.get(DriftMeters.VALUE).tags("model", "minilm-l6-q", "view", "5m",
          "metric", PREDICTION_JS).gauge().value())
          .isEqualTo(value(secondPrediction, PREDICTION_JS));
    }
  }

  private static DriftReport find(List<TestRecord<String, DriftReport>> all, String view, Instant start,
      String metric) {
    return all.stream().map(TestRecord::value)
        .filter(r -> r.getView().equals(view) && r.getWindowStart().equals(start))
        .filter(r -> r.getMetrics().stream().anyMatch(m -> m.getName().equals(metric)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + view + " report at " + start + " with " + metric
            + " among " + all.size()));
  }

  private static Map<String, DriftStatus> statuses(DriftReport report) {
    return report.getMetrics().stream().collect(Collectors.toMap(DriftMetric::getName, DriftMetric::getStatus));
  }

  private static double value(DriftReport report, String metric) {
    return report.getMetrics().stream().filter(m -> m.getName().equals(metric)).findFirst().orElseThrow().getValue();
  }
}
