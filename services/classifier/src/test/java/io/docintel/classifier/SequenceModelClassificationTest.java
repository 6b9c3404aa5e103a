package io.docintel.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.docintel.testkit.PlainAvroSerde;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.ScoredLabel;
import io.docintel.classifier.scoring.SequenceModelClassifier;
import io.docintel.classifier.scoring.Verdict;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.classification.SequenceClassifier;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequence-classification path on the tiny two-label model that {@code libs/inference}
 * generates for its own tests (read from that module's folder, so this runs in the repository
 * checkout): labels come from the model's id2label, there is no embedding and no prototype
 * version, and feedback is counted as not applicable.
 */
class SequenceModelClassificationTest {

  static final Path TINY_MODEL = Path.of("../../libs/inference/src/test/resources/models/text-classifier");

  static LoadedModel model;
  static SimpleMeterRegistry meters = new SimpleMeterRegistry();
  static SequenceModelClassifier classifier;

  @BeforeAll
  static void load() {
    assumeTrue(Files.isDirectory(TINY_MODEL), "tiny test model of libs/inference not found at " + TINY_MODEL);
    model = ModelLoader.load(TINY_MODEL, SessionSettings.cpu(1));
    classifier = new SequenceModelClassifier(new SequenceClassifier(model), model, 3, 0.5, meters);
  }

  @AfterAll
  static void close() {
    if (model != null) {
      model.close();
    }
  }

  @Test
  void labelsComeFromTheModelAndChunkScoresAreAveraged() {
    Verdict verdict = classifier.classify(List.of(new ChunkText("good great fine", 3), new ChunkText("bad awful", 2)),
        LearnedPrototypes.NONE);
    assertThat(verdict.labels()).extracting(ScoredLabel::label).containsExactlyInAnyOrder("negative", "positive");
    assertThat(verdict.labels().stream().mapToDouble(ScoredLabel::score).sum()).isCloseTo(1.0, within(1e-6));
    assertThat(verdict.embedding()).isEmpty();
    assertThat(verdict.prototypeVersion()).isNull();
    assertThat(verdict.escalated()).isFalse();
    assertThat(verdict.model().name()).isEqualTo("tiny-sentiment");
    assertThat(classifier.knowsLabel("positive")).isTrue();
    assertThat(classifier.knowsLabel("invoice")).isFalse();
    assertThat(classifier.learnsFromFeedback()).isFalse();
  }

  @Test
  void runsInTheTopologyAndLeavesFeedbackAlone(@TempDir Path state) {
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    Topic<String, Feedback> feedback = new Topic<>(TopicNames.FEEDBACK, Serdes.String(), PlainAvroSerde.of(Feedback.class));
    Topic<String, Classification> classifications =
        new Topic<>(TopicNames.CLASSIFICATIONS, Serdes.String(), PlainAvroSerde.of(Classification.class));
    Properties props = new Properties();
    props.put("application.id", "classifier-sequence-test");
    props.put("bootstrap.servers", "unused:9092");
    props.put("state.dir", state.toString());
    try (TopologyTestDriver driver = new TopologyTestDriver(ClassifierTopology.build(normalized, feedback,
        classifications, classifier, ClassifierOptions.defaults("test"), meters), props)) {
      driver.createInputTopic(normalized.name(), normalized.keySerde().serializer(), normalized.valueSerde().serializer())
          .pipeInput("s-1", SampleCorpus.normalizeText("s-1", "A good day. A great result."));
      driver.createInputTopic(feedback.name(), feedback.keySerde().serializer(), feedback.valueSerde().serializer())
          .pipeInput("s-1", Feedback.newBuilder().setDocumentId("s-1").setCorrectLabel("positive")
              .setCreatedAt(Instant.EPOCH).build());
      Classification result = driver.createOutputTopic(classifications.name(),
          classifications.keySerde().deserializer(), classifications.valueSerde().deserializer()).readValue();
      assertThat(result.getEmbedding()).isEmpty();
      assertThat(result.getPrototypeVersion()).isNull();
      assertThat(result.getProvenance().getModel().getName()).isEqualTo("tiny-sentiment");
      assertThat(result.getProvenance().getChunksCovered()).isEqualTo(1);
    }
    assertThat(meters.counter(ClassifierMetrics.FEEDBACK, ClassifierMetrics.OUTCOME, "not-applicable").count())
        .isEqualTo(1);
  }
}
