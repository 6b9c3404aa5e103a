package io.docintel.enricher;

import static io.docintel.enricher.TestResults.classification;
import static io.docintel.enricher.TestResults.extraction;
import static io.docintel.enricher.TestResults.normalized;
import static io.docintel.enricher.TestResults.revised;
import static io.docintel.enricher.TestResults.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.enricher.join.JoinMetrics;
import io.docintel.schemas.Classification;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import io.docintel.testkit.PlainAvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link EnricherTopology#build} with TopologyTestDriver (plain Avro values, wall-clock
 * time advanced by hand): one record per document and revision whatever the arrival order, an
 * incomplete one once the timeout passes, a fresh join for a newer revision, and duplicates, late
 * results and results of older revisions ignored and counted.
 */
class EnricherTopologyTest {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  final Topic<String, NormalizedDocument> normalizedTopic =
      new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
  final Topic<String, Extraction> extractions =
      new Topic<>(TopicNames.EXTRACTIONS, Serdes.String(), PlainAvroSerde.of(Extraction.class));
  final Topic<String, Classification> classifications =
      new Topic<>(TopicNames.CLASSIFICATIONS, Serdes.String(), PlainAvroSerde.of(Classification.class));
  final Topic<String, Summary> summaries =
      new Topic<>(TopicNames.SUMMARIES, Serdes.String(), PlainAvroSerde.of(Summary.class));
  final Topic<String, EnrichedDocument> enriched =
      new Topic<>(TopicNames.ENRICHED, Serdes.String(), PlainAvroSerde.of(EnrichedDocument.class));
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  TopologyTestDriver driver;
  TestInputTopic<String, NormalizedDocument> normalizedIn;
  TestInputTopic<String, Extraction> extractionIn;
  TestInputTopic<String, Classification> classificationIn;
  TestInputTopic<String, Summary> summaryIn;
  TestOutputTopic<String, EnrichedDocument> out;

  void start(Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(Map.of("DOCINTEL_ENRICHER_TIMEOUT", TIMEOUT.toSeconds() + "s"));
    env.putAll(settings);
    Config config = Config.load(EnricherApp.SETTINGS, env);
    Properties props = new Properties();
    props.put("application.id", "enricher-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(EnricherTopology.build(normalizedTopic, extractions, classifications, summaries,
        enriched, EnricherApp.policy(config), new JoinMetrics(meters)), props);
    normalizedIn = input(normalizedTopic);
    extractionIn = input(extractions);
    classificationIn = input(classifications);
    summaryIn = input(summaries);
    out = driver.createOutputTopic(enriched.name(), enriched.keySerde().deserializer(),
        enriched.valueSerde().deserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void allResultsInAnyOrderBecomeOneCompleteRecord() {
    start(Map.of());
    List<List<Consumer<String>>> orders = List.of(
        List.of(this::sendNormalized, this::sendExtraction, this::sendClassification, this::sendSummary),
        List.of(this::sendSummary, this::sendClassification, this::sendExtraction, this::sendNormalized),
        List.of(this::sendClassification, this::sendNormalized, this::sendSummary, this::sendExtraction));
    for (int i = 0; i < orders.size(); i++) {
      String id = "doc-" + i;
      orders.get(i).forEach(send -> send.accept(id));
    }
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(2));

    List<TestRecord<String, EnrichedDocument>> records = out.readRecordsToList();
    assertThat(records).extracting(TestRecord::key).containsExactlyInAnyOrder("doc-0", "doc-1", "doc-2");
    for (TestRecord<String, EnrichedDocument> record : records) {
      EnrichedDocument document = record.value();
      String id = record.key();
      assertThat(document.getDocumentId()).isEqualTo(id);
      assertThat(document.getComplete()).isTrue();
      assertThat(document.getTenant()).isEqualTo("tenant-" + id);
      assertThat(document.getLanguage()).isEqualTo("en");
      assertThat(document.getEventTime()).isEqualTo(TestResults.EVENT_TIME);
      assertThat(document.getContentSha256()).hasSize(64);
      assertThat(document.getMetadata()).containsEntry("origin", "test");
      assertThat(document.getExtraction().getKeyFields()).containsEntry("invoice_number", id);
      assertThat(document.getClassification().getLabels().get(0).getLabel()).isEqualTo("invoice");
      assertThat(document.getSummary().getText()).contains(id);
    }
    assertThat(counter("docintel.enricher.emitted", "complete", "true")).isEqualTo(3);
  }

  @Test
  void aMissingResultMeansOneIncompleteRecordAfterTheTimeoutAndTheLateResultIsIgnored() {
    start(Map.of());
    sendNormalized("doc-x");
    sendExtraction("doc-x");
    sendSummary("doc-x");
    driver.advanceWallClockTime(TIMEOUT.dividedBy(2));
    assertThat(out.isEmpty()).isTrue();

    driver.advanceWallClockTime(TIMEOUT);
    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    EnrichedDocument document = records.get(0);
    assertThat(document.getComplete()).isFalse();
    assertThat(document.getClassification()).isNull();
    assertThat(document.getExtraction()).isNotNull();
    assertThat(document.getSummary()).isNotNull();
    assertThat(document.getTenant()).isEqualTo("tenant-doc-x");

    sendClassification("doc-x");
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(3));
    assertThat(out.isEmpty()).isTrue();
    assertThat(counter("docintel.enricher.results.late", "result", "classification")).isEqualTo(1);
    assertThat(counter("docintel.enricher.emitted", "complete", "false")).isEqualTo(1);
  }

  @Test
  void duplicatesBeforeEmissionAreIgnoredAndTheFirstIsKept() {
    start(Map.of());
    sendNormalized("doc-d");
    classificationIn.pipeInput("doc-d", classification("doc-d", "invoice"));
    classificationIn.pipeInput("doc-d", classification("doc-d", "news"));
    sendExtraction("doc-d");
    sendSummary("doc-d");
    sendSummary("doc-d");
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(2));

    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getComplete()).isTrue();
    assertThat(records.get(0).getClassification().getLabels().get(0).getLabel()).isEqualTo("invoice");
    assertThat(counter("docintel.enricher.results.duplicate", "result", "classification")).isEqualTo(1);
    assertThat(counter("docintel.enricher.results.late", "result", "summary")).isEqualTo(1);
  }

  @Test
  void onlyTheConfiguredResultsAreWaitedFor() {
    start(Map.of("DOCINTEL_ENRICHER_REQUIRED", "classification"));
    sendClassification("doc-c");
    assertThat(out.isEmpty()).as("the normalized document is always needed").isTrue();
    sendNormalized("doc-c");

    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getComplete()).isTrue();
    assertThat(records.get(0).getExtraction()).isNull();
  }

  @Test
  void aDocumentWhoseNormalizedRecordNeverCameIsEmittedWithPlaceholders() {
    start(Map.of());
    sendExtraction("doc-n");
    sendClassification("doc-n");
    sendSummary("doc-n");
    assertThat(out.isEmpty()).isTrue();
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(2));

    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getComplete()).isFalse();
    assertThat(records.get(0).getTenant()).isEmpty();
    assertThat(records.get(0).getLanguage()).isEqualTo("und");
    assertThat(records.get(0).getSummary()).isNotNull();
  }

  @Test
  void aNewerRevisionAfterEmissionIsJoinedAfreshAndAnOlderOneIsIgnored() {
    start(Map.of());
    sendRevision("doc-r", 0);
    sendRevision("doc-r", 1);
    summaryIn.pipeInput("doc-r", revised(summary("doc-r"), 0));
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(2));

    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).extracting(EnrichedDocument::getRevision).containsExactly(0L, 1L);
    assertThat(records).allSatisfy(record -> assertThat(record.getComplete()).isTrue());
    assertThat(records.get(1).getSummary().getRevision()).isEqualTo(1L);
    assertThat(counter(JoinMetrics.STALE, "result", "summary")).isEqualTo(1);
    assertThat(counter(JoinMetrics.LATE, "result", "summary")).isZero();
  }

  @Test
  void aNewerRevisionDuringAJoinStartsItAfresh() {
    start(Map.of());
    normalizedIn.pipeInput("doc-s", normalized("doc-s"));
    extractionIn.pipeInput("doc-s", extraction("doc-s"));
    classificationIn.pipeInput("doc-s", classification("doc-s", "news"));
    normalizedIn.pipeInput("doc-s", revised(normalized("doc-s"), 1));
    classificationIn.pipeInput("doc-s", revised(classification("doc-s", "invoice"), 1));
    summaryIn.pipeInput("doc-s", revised(summary("doc-s"), 1));
    assertThat(out.isEmpty()).as("revision 1 has no extraction yet; revision 0's does not count").isTrue();

    extractionIn.pipeInput("doc-s", revised(extraction("doc-s"), 1));
    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    EnrichedDocument document = records.get(0);
    assertThat(document.getRevision()).isEqualTo(1L);
    assertThat(document.getComplete()).isTrue();
    assertThat(document.getClassification().getLabels().get(0).getLabel()).isEqualTo("invoice");
    assertThat(document.getExtraction().getRevision()).isEqualTo(1L);
    assertThat(counter(JoinMetrics.SUPERSEDED, null, null)).isEqualTo(1);
  }

  @Test
  void resultsOfAnOlderRevisionThanTheOneJoinedAreIgnoredAndCounted() {
    start(Map.of());
    normalizedIn.pipeInput("doc-o", revised(normalized("doc-o"), 2));
    classificationIn.pipeInput("doc-o", revised(classification("doc-o", "news"), 1));
    normalizedIn.pipeInput("doc-o", revised(normalized("doc-o"), 1));
    sendRevision("doc-o", 2);
    driver.advanceWallClockTime(TIMEOUT.multipliedBy(2));

    List<EnrichedDocument> records = out.readValuesToList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getRevision()).isEqualTo(2L);
    assertThat(records.get(0).getClassification().getLabels().get(0).getLabel()).isEqualTo("invoice");
    assertThat(counter(JoinMetrics.STALE, "result", "classification")).isEqualTo(1);
    assertThat(counter(JoinMetrics.STALE, "result", "document")).isEqualTo(1);
    assertThat(counter(JoinMetrics.SUPERSEDED, null, null)).isZero();
  }

  /** The normalized document and all three results of one revision (a duplicate normalized one, if already sent). */
  private void sendRevision(String id, long revision) {
    normalizedIn.pipeInput(id, revised(normalized(id), revision));
    extractionIn.pipeInput(id, revised(extraction(id), revision));
    classificationIn.pipeInput(id, revised(classification(id, "invoice"), revision));
    summaryIn.pipeInput(id, revised(summary(id), revision));
  }

  private void sendNormalized(String id) {
    normalizedIn.pipeInput(id, normalized(id));
  }

  private void sendExtraction(String id) {
    extractionIn.pipeInput(id, extraction(id));
  }

  private void sendClassification(String id) {
    classificationIn.pipeInput(id, classification(id, "invoice"));
  }

  private void sendSummary(String id) {
    summaryIn.pipeInput(id, summary(id));
  }

  private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
    return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  private double counter(String name, String tag, String value) {
    var search = meters.find(name);
    var counter = (tag == null ? search : search.tag(tag, value)).counter();
    return counter == null ? 0 : counter.count();
  }
}
