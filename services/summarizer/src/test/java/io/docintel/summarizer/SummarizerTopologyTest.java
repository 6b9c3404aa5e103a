package io.docintel.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummaryMethod;
import io.docintel.schemas.SummarySentence;
import io.docintel.summarizer.extractive.SentenceVectors;
import io.docintel.testkit.PlainAvroSerde;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link SummarizerTopology#build} with TopologyTestDriver and the real shipped MiniLM
 * encoder (loaded once); values are plain Avro binary. {@code SummarizerServiceIT} runs the same
 * topology against a real broker and registry.
 */
class SummarizerTopologyTest {

  static LoadedModel model;

  @BeforeAll
  static void loadModel() {
    model = ModelLoader.load("minilm-l6-q", SessionSettings.cpu(1));
  }

  @AfterAll
  static void closeModel() {
    model.close();
  }

  @Test
  void eachNormalizedDocumentBecomesOneExtractiveSummaryWithSourceOffsets() {
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    Topic<String, Summary> summaries =
        new Topic<>(TopicNames.SUMMARIES, Serdes.String(), PlainAvroSerde.of(Summary.class));
    Config config = Config.load(SummarizerApp.SETTINGS, Map.of("DOCINTEL_SUMMARIZER_LENGTH", "2"));
    DocumentSummarizer summarizer = DocumentSummarizer.extractive(
        SummarizerApp.extractive(config, SentenceVectors.of(new TextEmbedder(model))),
        model.identity(), "test", Clock.systemUTC());
    Properties props = new Properties();
    props.put("application.id", "summarizer-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    NormalizedDocument report = TestDocuments.of("report", report(), 4, 1);
    NormalizedDocument note = TestDocuments.of("note", List.of("The office closes early on Friday."), 4, 1);
    note.setRevision(5L);

    try (TopologyTestDriver driver = new TopologyTestDriver(
        SummarizerTopology.build(normalized, summaries, summarizer), props)) {
      var in = driver.createInputTopic(normalized.name(), normalized.keySerde().serializer(),
          normalized.valueSerde().serializer());
      var out = driver.createOutputTopic(summaries.name(), summaries.keySerde().deserializer(),
          summaries.valueSerde().deserializer());
      in.pipeInput(report.getId(), report);
      in.pipeInput(note.getId(), note);

      Map<String, Summary> results = out.readKeyValuesToMap();
      assertThat(results).containsOnlyKeys("report", "note");
      Summary summary = results.get("report");
      assertThat(summary.getDocumentId()).isEqualTo("report");
      assertThat(summary.getMethod()).isEqualTo(SummaryMethod.EXTRACTIVE);
      assertThat(summary.getSentences()).hasSize(2);
      for (SummarySentence sentence : summary.getSentences()) {
        assertThat(report.getText().substring(sentence.getSource().getStart(), sentence.getSource().getEnd()))
            .isEqualTo(sentence.getText());
      }
      assertThat(summary.getSentences()).extracting(s -> s.getSource().getStart()).isSorted();
      assertThat(summary.getText()).isEqualTo(
          summary.getSentences().get(0).getText() + " " + summary.getSentences().get(1).getText());
      // Two topics, two sentences: one of each, not two on the same topic.
      assertThat(summary.getText()).containsIgnoringCase("rail").containsIgnoringCase("harvest");
      assertThat(summary.getProvenance().getModel().getName()).isEqualTo("minilm-l6-q");
      assertThat(summary.getProvenance().getModel().getSha256()).hasSize(64);
      assertThat(summary.getProvenance().getChunksTotal()).isEqualTo(report.getChunks().size()).isGreaterThan(1);
      assertThat(summary.getProvenance().getChunksCovered()).isEqualTo(summary.getProvenance().getChunksTotal());

      Summary short1 = results.get("note");
      assertThat(short1.getText()).isEqualTo("The office closes early on Friday.");
      assertThat(short1.getRevision()).as("the revision is carried over").isEqualTo(5L);
      assertThat(summary.getRevision()).isZero();
      assertThat(short1.getProvenance().getChunksCovered()).isEqualTo(1);
    }
  }

  private static List<String> report() {
    List<String> sentences = new ArrayList<>();
    sentences.add("The regional rail network carried more passengers than ever before.");
    sentences.add("New trains entered service on the northern rail line in spring.");
    sentences.add("Rail punctuality improved after the signalling upgrade was finished.");
    sentences.add("Ticket sales for rail journeys rose by a fifth over the year.");
    sentences.add("Farmers in the valley brought in a record wheat harvest this autumn.");
    sentences.add("The harvest was helped by a warm summer and timely rain.");
    sentences.add("Grain prices fell as the harvest exceeded every forecast.");
    sentences.add("Storage for the harvest ran short in several villages.");
    return sentences;
  }
}
