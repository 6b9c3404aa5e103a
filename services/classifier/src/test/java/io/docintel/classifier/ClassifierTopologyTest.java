package io.docintel.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.testkit.PlainAvroSerde;
import io.docintel.classifier.labels.LabelSet;
import io.docintel.classifier.labels.LabelSetFile;
import io.docintel.classifier.scoring.PrototypeLabeler;
import io.docintel.classifier.scoring.RoutedClassifier;
import io.docintel.classifier.stream.FeedbackNotApplicableException;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@link ClassifierTopology#build} with Kafka's TopologyTestDriver and the real shipped
 * models (loaded once): routing, chunk coverage, and feedback flowing through the updates topic,
 * the learning task and the global prototype store into later results.
 */
class ClassifierTopologyTest {

  /** Fewer than the 8 chunks scored first, so that an escalated long document shows the limit. */
  static final int STRONG_MAX_CHUNKS = 4;

  /** Reads like an invoice, but is a customer's complaint: minilm calls it an invoice. */
  static final String DOUBLE_CHARGE = "Invoice INV-88 charged my card twice for the same order of EUR 49.00. "
      + "Please refund the duplicate payment.";

  static LoadedModel cheapModel;
  static LoadedModel strongModel;
  static List<SampleCorpus.Normalized> samples;
  static LabelSet labels;
  static PrototypeLabeler cheap;
  static PrototypeLabeler strong;

  Topic<String, NormalizedDocument> normalized =
      new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
  Topic<String, Feedback> feedback = new Topic<>(TopicNames.FEEDBACK, Serdes.String(), PlainAvroSerde.of(Feedback.class));
  Topic<String, Classification> classifications =
      new Topic<>(TopicNames.CLASSIFICATIONS, Serdes.String(), PlainAvroSerde.of(Classification.class));
  SimpleMeterRegistry meters;
  TopologyTestDriver driver;
  TestInputTopic<String, NormalizedDocument> documentsIn;
  TestInputTopic<String, Feedback> feedbackIn;
  TestOutputTopic<String, Classification> out;

  @BeforeAll
  static void loadModels() {
    cheapModel = ModelLoader.load("minilm-l6-q", SessionSettings.cpu(1));
    strongModel = ModelLoader.load("bge-small-q", SessionSettings.cpu(1));
    labels = LabelSetFile.builtIn();
    cheap = new PrototypeLabeler(new TextEmbedder(cheapModel), labels);
    strong = new PrototypeLabeler(new TextEmbedder(strongModel), labels);
    samples = SampleCorpus.normalizeAll();
  }

  @AfterAll
  static void closeModels() {
    cheapModel.close();
    strongModel.close();
  }

  @BeforeEach
  void startDriver(@TempDir Path state) {
    meters = new SimpleMeterRegistry();
    RoutedClassifier classifier = new RoutedClassifier(cheap, strong, 0.6, STRONG_MAX_CHUNKS, meters);
    ClassifierOptions options = new ClassifierOptions("test", 8, Duration.ofDays(1), 16);
    Properties props = new Properties();
    props.put("application.id", "classifier-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    props.put("state.dir", state.toString());
    driver = new TopologyTestDriver(
        ClassifierTopology.build(normalized, feedback, classifications, classifier, options, meters), props);
    documentsIn = driver.createInputTopic(normalized.name(), normalized.keySerde().serializer(),
        normalized.valueSerde().serializer());
    feedbackIn = driver.createInputTopic(feedback.name(), feedback.keySerde().serializer(),
        feedback.valueSerde().serializer());
    out = driver.createOutputTopic(classifications.name(), classifications.keySerde().deserializer(),
        classifications.valueSerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void samplesGetTheirLabelsWithTheAnsweringModelsEmbeddingAndChunkCoverage() {
    for (SampleCorpus.Normalized sample : samples) {
      documentsIn.pipeInput(sample.document().getId(), sample.document());
    }
    Map<String, Classification> results = out.readKeyValuesToMap();
    assertThat(results).hasSize(samples.size());
    int escalated = 0;
    for (SampleCorpus.Normalized sample : samples) {
      Classification result = results.get(sample.document().getId());
      assertThat(result.getLabels().get(0).getLabel()).as(sample.sample().name()).isEqualTo(sample.sample().expectedLabel());
      assertThat(result.getLabels()).hasSize(3);
      assertThat(result.getLabels().get(0).getScore()).isGreaterThan(result.getLabels().get(1).getScore());
      assertThat(result.getEmbedding()).hasSize(384);
      double norm = Math.sqrt(result.getEmbedding().stream().mapToDouble(f -> f * f).sum());
      assertThat(norm).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
      assertThat(result.getPrototypeVersion()).isZero();
      assertThat(result.getProvenance().getModel().getName())
          .isEqualTo(result.getEscalated() ? "bge-small-q" : "minilm-l6-q");
      escalated += result.getEscalated() ? 1 : 0;
    }
    Classification report = results.get(samples.get(samples.size() - 1).document().getId());
    assertThat(report.getProvenance().getChunksTotal()).isEqualTo(samples.get(samples.size() - 1).document().getChunks().size())
        .isGreaterThan(8);
    assertThat(report.getEscalated()).as("the cheap model is unsure of the long report").isTrue();
    assertThat(report.getProvenance().getChunksCovered()).isEqualTo(STRONG_MAX_CHUNKS);
    assertThat(results.get("invoice-pdf").getProvenance().getChunksCovered())
        .isEqualTo(results.get("invoice-pdf").getProvenance().getChunksTotal());
    double counted = meters.find(ClassifierMetrics.ESCALATIONS).counters().stream().mapToDouble(c -> c.count()).sum();
    assertThat(counted).isEqualTo(escalated);
  }

  @Test
  void aCorrectionTeachesThePrototypesAndBumpsTheVersion() {
    documentsIn.pipeInput("complaint-1", SampleCorpus.normalizeText("complaint-1", DOUBLE_CHARGE));
    Classification before = out.readValue();
    assertThat(before.getLabels().get(0).getLabel()).isEqualTo("invoice");
    assertThat(before.getPrototypeVersion()).isZero();

    feedbackIn.pipeInput("complaint-1", correction("complaint-1", "support-ticket"));
    NormalizedDocument replayed = SampleCorpus.normalizeText("complaint-2", DOUBLE_CHARGE);
    replayed.setRevision(4L);
    documentsIn.pipeInput("complaint-2", replayed);
    Classification after = out.readValue();
    assertThat(after.getDocumentId()).isEqualTo("complaint-2");
    assertThat(after.getRevision()).as("the revision is carried over").isEqualTo(4L);
    assertThat(before.getRevision()).isZero();
    assertThat(after.getLabels().get(0).getLabel()).isEqualTo("support-ticket");
    assertThat(after.getPrototypeVersion()).isEqualTo(1L);

    // A correction of the correction moves the document's example; the version goes on counting.
    feedbackIn.pipeInput("complaint-1", correction("complaint-1", "invoice"));
    documentsIn.pipeInput("complaint-3", SampleCorpus.normalizeText("complaint-3", DOUBLE_CHARGE));
    Classification again = out.readValue();
    assertThat(again.getLabels().get(0).getLabel()).isEqualTo("invoice");
    assertThat(again.getPrototypeVersion()).isEqualTo(2L);
    assertThat(meters.counter(ClassifierMetrics.FEEDBACK, ClassifierMetrics.OUTCOME, "applied").count()).isEqualTo(2);
  }

  @Test
  void feedbackWithoutALabelIsCountedAndIgnored() {
    feedbackIn.pipeInput("x", Feedback.newBuilder().setDocumentId("x").setCreatedAt(Instant.EPOCH).build());
    assertThat(meters.counter(ClassifierMetrics.FEEDBACK, ClassifierMetrics.OUTCOME, "no-label").count()).isEqualTo(1);
  }

  @Test
  void feedbackThatCannotBeAppliedFails() {
    assertThatThrownBy(() -> feedbackIn.pipeInput("never-seen", correction("never-seen", "invoice")))
        .hasRootCauseInstanceOf(FeedbackNotApplicableException.class)
        .rootCause().hasMessageContaining("never-seen");
    documentsIn.pipeInput("seen", SampleCorpus.normalizeText("seen", DOUBLE_CHARGE));
    assertThatThrownBy(() -> feedbackIn.pipeInput("seen", correction("seen", "horoscope")))
        .hasRootCauseInstanceOf(FeedbackNotApplicableException.class)
        .rootCause().hasMessageContaining("horoscope");
  }

  static Feedback correction(String documentId, String label) {
    return Feedback.newBuilder().setDocumentId(documentId).setCorrectLabel(label).setCreatedAt(Instant.EPOCH).build();
  }
}
