package io.docintel.drift;

import static io.docintel.drift.report.MetricNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.drift.observe.Kind;
import io.docintel.drift.observe.ModelKey;
import io.docintel.drift.report.DriftMeters;
import io.docintel.drift.report.Thresholds;
import io.docintel.drift.window.OpenWindow;
import io.docintel.drift.window.Sample;
import io.docintel.drift.window.SampleLimits;
import io.docintel.schemas.Classification;
import io.docintel.schemas.DriftMetric;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.DriftStatus;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.testkit.PlainAvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@link DriftTopology#build} with TopologyTestDriver: a stream whose labels, confidences
 * and lengths shift in the second five-minute window. The first window matches the reference
 * (it is the reference) and is OK; the second alerts on exactly the metrics that moved. A reset
 * request makes the next observations the new reference.
 */
class DriftTopologyTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final int PER_WINDOW = 200;
  static final ModelKey CLASSIFIER =
      new ModelKey(Kind.PREDICTION, ShiftingStream.MODEL.getName(), ShiftingStream.MODEL.getVersion());

  @TempDir
  Path state;

  SimpleMeterRegistry registry = new SimpleMeterRegistry();
  TopologyTestDriver driver;
  TestInputTopic<String, Classification> results;
  TestInputTopic<String, NormalizedDocument> documents;
  TestInputTopic<String, Extraction> entities;
  TestInputTopic<String, Feedback> corrections;
  TestInputTopic<String, Long> resets;
  TestOutputTopic<String, DriftReport> reports;

  @BeforeEach
  void build() {
    Topic<String, Classification> classifications =
        new Topic<>(TopicNames.CLASSIFICATIONS, Serdes.String(), PlainAvroSerde.of(Classification.class));
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    Topic<String, Extraction> extractions =
        new Topic<>(TopicNames.EXTRACTIONS, Serdes.String(), PlainAvroSerde.of(Extraction.class));
    Topic<String, Feedback> feedback =
        new Topic<>(TopicNames.FEEDBACK, Serdes.String(), PlainAvroSerde.of(Feedback.class));
    Topic<String, DriftReport> drift =
        new Topic<>(TopicNames.DRIFT, Serdes.String(), PlainAvroSerde.of(DriftReport.class));
    DriftPolicy policy = new DriftPolicy(View.parseAll("5m,1h"), Duration.ZERO, PER_WINDOW,
        new SampleLimits(10_000, 100, 0.5, 20), 0, 30, Thresholds.DEFAULTS);
    Properties props = new Properties();
    props.put("application.id", "drift-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    props.put("state.dir", state.toString());
    driver = new TopologyTestDriver(DriftTopology.build(classifications, normalized, extractions, feedback, drift,
        policy, new DriftMeters(registry)), props);
    results = input(classifications);
    documents = input(normalized);
    entities = input(extractions);
    corrections = input(feedback);
    resets = driver.createInputTopic(ReferenceResets.TOPIC, new StringSerializer(), new LongSerializer());
    reports = driver.createOutputTopic(drift.name(), drift.keySerde().deserializer(),
        drift.valueSerde().deserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void reportsOkThenAlertsOnTheMetricsThatShifted() {
    feed(0);
    // A sample past its window's count, as a crash under at-least-once can leave, goes with the window.
    KeyValueStore<String, Sample> samples = driver.getKeyValueStore(SampleStore.NAME);
    String firstWindow = SampleStore.windowOwner(OpenWindow.storeKey(CLASSIFIER, "5m", T0.toEpochMilli()));
    samples.put(SampleStore.key(firstWindow, 9_999_999), new Sample(0.5, new float[0]));
    feed(1);
    closeEveryWindow();

    List<TestRecord<String, DriftReport>> all = reports.readRecordsToList();
    DriftReport firstPrediction = find(all, "5m", T0, PREDICTION_PSI);
    DriftReport secondPrediction = find(all, "5m", T0.plus(ShiftingStream.WINDOW), PREDICTION_PSI);
    DriftReport firstInput = find(all, "5m", T0, LENGTH_PSI);
    DriftReport secondInput = find(all, "5m", T0.plus(ShiftingStream.WINDOW), LENGTH_PSI);
    DriftReport hourPrediction = find(all, "1h", T0, PREDICTION_PSI);

    DriftReport secondExtraction = find(all, "5m", T0.plus(ShiftingStream.WINDOW), PII_RATE);

    DriftReport firstQuality = find(all, "5m", T0, ACCURACY_DROP);
    DriftReport secondQuality = find(all, "5m", T0.plus(ShiftingStream.WINDOW), ACCURACY_DROP);

    assertThat(all).hasSize(12);
    assertThat(all).extracting(TestRecord::key)
        .containsOnly("minilm-l6-q@abc123def456", "minilm-l6-q@test", "bge-small-q@0123456789ab");
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
        LANGUAGE_JS, DriftStatus.OK, EMPTY_SHORT_RATE, DriftStatus.OK, UNKNOWN_TOKEN_RATE, DriftStatus.OK));
    assertThat(hourPrediction.getDocuments()).isEqualTo(2 * PER_WINDOW);
    // Six times the tokens and six times the entities: the same rate per 1k tokens, so all OK.
    assertThat(statuses(secondExtraction)).containsOnlyKeys(ENTITY_TYPE_JS, PII_RATE, ENTITIES_PER_1K,
        entitiesPer1k("EMAIL"), entitiesPer1k("PERSON"));
    assertThat(secondExtraction.getStatus()).isEqualTo(DriftStatus.OK);
    assertThat(value(secondExtraction, ENTITIES_PER_1K)).isLessThan(0.1);
    // Feedback on every label: all right, then half right.
    assertThat(firstQuality.getDocuments()).isEqualTo(PER_WINDOW);
    assertThat(firstQuality.getStatus()).isEqualTo(DriftStatus.OK);
    assertThat(value(secondQuality, ACCURACY_DROP)).isCloseTo(0.5, within(1e-9));
    assertThat(secondQuality.getStatus()).isEqualTo(DriftStatus.ALERT);

    assertThat(registry.get(DriftMeters.STATUS).tags("model", "minilm-l6-q", "model.version", "abc123def456",
        "view", "5m", "metric", PREDICTION_PSI).gauge().value()).isEqualTo(2.0);
    assertThat(registry.get(DriftMeters.STATUS).tags("model", "minilm-l6-q", "view", "5m",
        "metric", EMBEDDING_MMD).gauge().value()).isZero();
    assertThat(registry.get(DriftMeters.VALUE).tags("model", "minilm-l6-q", "view", "5m",
        "metric", PREDICTION_JS).gauge().value())
        .isEqualTo(value(secondPrediction, PREDICTION_JS));
    // Closed windows took their samples with them; the reference and the tick's two windows remain.
    assertThat(sampleOwners()).containsOnlyKeys(referenceOwner(0), tickWindowOwner("5m"), tickWindowOwner("1h"))
        .containsEntry(referenceOwner(0), (long) PER_WINDOW);
  }

  @Test
  void aResetReferenceIsRebuiltFromTheNextObservations() {
    feed(0);
    resets.pipeInput(new TestRecord<>(ShiftingStream.MODEL.getName() + "@" + ShiftingStream.MODEL.getVersion(),
        1L, T0.plus(ShiftingStream.WINDOW)));
    feed(1);
    closeEveryWindow();

    List<TestRecord<String, DriftReport>> all = reports.readRecordsToList();
    DriftReport secondPrediction = find(all, "5m", T0.plus(ShiftingStream.WINDOW), PREDICTION_PSI);
    DriftReport secondInput = find(all, "5m", T0.plus(ShiftingStream.WINDOW), LENGTH_PSI);
    // The shifted window is now its model's reference, so nothing drifted...
    assertThat(secondPrediction.getReferenceDocuments()).isEqualTo(PER_WINDOW);
    assertThat(secondPrediction.getStatus()).isEqualTo(DriftStatus.OK);
    // ...while the tokenizer's reference, not reset, still sees the length shift.
    assertThat(secondInput.getStatus()).isEqualTo(DriftStatus.ALERT);
    // The replaced reference's samples are gone.
    assertThat(sampleOwners()).containsOnlyKeys(referenceOwner(1), tickWindowOwner("5m"), tickWindowOwner("1h"));
  }

  /** How many samples the drift processor keeps, by owner. */
  private Map<String, Long> sampleOwners() {
    KeyValueStore<String, Sample> store = driver.getKeyValueStore(SampleStore.NAME);
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, Sample> all = store.all()) {
      all.forEachRemaining(entry -> keys.add(entry.key));
    }
    return keys.stream().collect(Collectors.groupingBy(key -> key.substring(0, key.lastIndexOf('|')),
        Collectors.counting()));
  }

  private static String referenceOwner(long generation) {
    return SampleStore.referenceOwner(CLASSIFIER.text(), generation);
  }

  private static String tickWindowOwner(String view) {
    return SampleStore.windowOwner(OpenWindow.storeKey(CLASSIFIER, view, T0.plus(Duration.ofHours(2)).toEpochMilli()));
  }

  /** Results of {@link #PER_WINDOW} documents in the {@code phase}-th five minutes; phase 1 is shifted. */
  private void feed(int phase) {
    Instant start = T0.plus(ShiftingStream.WINDOW.multipliedBy(phase));
    for (int i = 0; i < PER_WINDOW; i++) {
      Instant time = ShiftingStream.at(start, i, PER_WINDOW);
      String id = "doc-" + phase + "-" + i;
      results.pipeInput(new TestRecord<>(id, ShiftingStream.classification(i, phase == 1, true), time));
      documents.pipeInput(new TestRecord<>(id, ShiftingStream.normalized(i, phase == 1, time), time));
      entities.pipeInput(new TestRecord<>(id, ShiftingStream.extraction(i, phase == 1), time));
      corrections.pipeInput(new TestRecord<>(id, ShiftingStream.feedback(id, i, phase == 1, true, time), time));
    }
  }

  /** One late-enough result per input moves stream time past the end of the hour, closing every window. */
  private void closeEveryWindow() {
    Instant later = T0.plus(Duration.ofHours(2));
    results.pipeInput(new TestRecord<>("tick", ShiftingStream.classification(0, false, false), later));
    documents.pipeInput(new TestRecord<>("tick", ShiftingStream.normalized(0, false, later), later));
    entities.pipeInput(new TestRecord<>("tick", ShiftingStream.extraction(0, false), later));
    corrections.pipeInput(new TestRecord<>("tick", ShiftingStream.feedback("tick", 0, false, true, later), later));
  }

  private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
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
