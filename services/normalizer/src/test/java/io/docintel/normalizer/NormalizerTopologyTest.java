package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.PlainAvroSerde;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link NormalizerTopology#build} with Kafka's TopologyTestDriver. Values are plain Avro
 * binary here (no registry at the unit level); {@code NormalizerServiceIT} runs the same topology
 * with the registry-backed serdes against a real broker.
 */
class NormalizerTopologyTest {

  @Test
  void eachDocumentBecomesOneNormalizedDocumentUnderTheSameKey() {
    Topic<String, Document> documents = new Topic<>(TopicNames.DOCUMENTS, Serdes.String(), PlainAvroSerde.of(Document.class));
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    DocumentNormalizer normalizer = new DocumentNormalizer(new WhitespaceTokenCounter(), "test");
    Properties props = new Properties();
    props.put("application.id", "normalizer-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(
        NormalizerTopology.build(documents, normalized, normalizer), props)) {
      var in = driver.createInputTopic(documents.name(), documents.keySerde().serializer(), documents.valueSerde().serializer());
      var out = driver.createOutputTopic(normalized.name(), normalized.keySerde().deserializer(),
          normalized.valueSerde().deserializer());
      in.pipeInput("doc-1", text("doc-1", "First sentence here. Second sentence there."));
      Document replayed = text("doc-2", "Another document entirely.");
      replayed.setRevision(3L);
      in.pipeInput("doc-2", replayed);

      var results = out.readKeyValuesToMap();
      assertThat(results).containsOnlyKeys("doc-1", "doc-2");
      assertThat(results.get("doc-1").getSentences()).hasSize(2);
      assertThat(results.get("doc-2").getText()).isEqualTo("Another document entirely.");
      assertThat(results.get("doc-1").getRevision()).isZero();
      assertThat(results.get("doc-2").getRevision()).as("the revision is carried over").isEqualTo(3L);
    }
  }

  @Test
  void aRecordWithoutValueOrKeyIsNotADocument() {
    Document document = text("doc-3", "A document posted without a key.");
    assertThatThrownBy(() -> PostedRecord.require("doc-3", null))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NOT_A_DOCUMENT);
          assertThat(e.getMessage()).contains("no value (a tombstone)");
        });
    assertThatThrownBy(() -> PostedRecord.require(null, document))
        .isInstanceOfSatisfying(UnreadableDocumentException.class,
            e -> assertThat(e.getMessage()).contains("no key").contains("doc-3").doesNotContain("posted without"));
    assertThat(PostedRecord.require("doc-3", document)).isSameAs(document);
  }

  private static Document text(String id, String text) {
    return Document.newBuilder().setId(id).setEventTime(Instant.EPOCH)
        .setContent(TextContent.newBuilder().setText(text).build()).build();
  }
}
