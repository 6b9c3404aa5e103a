package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.testkit.PlainAvroSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link ExtractorTopology#build} with Kafka's TopologyTestDriver, with an extractor
 * built from settings as the service builds it (patterns only here, so no model is loaded).
 * {@code ExtractorServiceIT} runs the full extractor with the registry against a real broker.
 */
class ExtractorTopologyTest {

  @Test
  void eachNormalizedDocumentBecomesOneExtractionUnderTheSameKey() {
    Topic<String, NormalizedDocument> normalized =
        new Topic<>(TopicNames.NORMALIZED, Serdes.String(), PlainAvroSerde.of(NormalizedDocument.class));
    Topic<String, Extraction> extractions =
        new Topic<>(TopicNames.EXTRACTIONS, Serdes.String(), PlainAvroSerde.of(Extraction.class));
    Config config = Config.load(ExtractorApp.SETTINGS, Map.of(
        "DOCINTEL_EXTRACTOR_MODEL", "none", "DOCINTEL_EXTRACTOR_REDACTION", "hash",
        "DOCINTEL_EXTRACTOR_REDACTION_SALT", "topology-test"));
    List<AutoCloseable> owned = new ArrayList<>();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    DocumentExtractor extractor = ExtractorApp.extractor(config, meters, owned);
    assertThat(owned).isEmpty();
    Properties props = new Properties();
    props.put("application.id", "extractor-topology-test");
    props.put("bootstrap.servers", "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(
        ExtractorTopology.build(normalized, extractions, extractor, new ExtractorMetrics(meters)), props)) {
      var in = driver.createInputTopic(normalized.name(), normalized.keySerde().serializer(),
          normalized.valueSerde().serializer());
      var out = driver.createOutputTopic(extractions.name(), extractions.keySerde().deserializer(),
          extractions.valueSerde().deserializer());
      in.pipeInput("doc-1", TestDocuments.unchunked("doc-1", "Call +49 30 901820 before 2025-06-30."));
      NormalizedDocument replayed = TestDocuments.unchunked("doc-2", "Nothing to see here.");
      replayed.setRevision(2L);
      in.pipeInput("doc-2", replayed);

      var results = out.readKeyValuesToMap();
      assertThat(results).containsOnlyKeys("doc-1", "doc-2");
      Extraction first = results.get("doc-1");
      assertThat(first.getDocumentId()).isEqualTo("doc-1");
      assertThat(first.getEntities()).extracting(Entity::getType, Entity::getNormalizedValue, Entity::getPersonalData)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("PHONE", "+4930901820", true),
              org.assertj.core.groups.Tuple.tuple("DATE", "2025-06-30", false));
      assertThat(first.getRedactionPolicy()).isEqualTo("hash");
      assertThat(first.getRedactedText()).matches("Call \\[PHONE:[0-9a-f]{10}\\] before 2025-06-30\\.");
      assertThat(results.get("doc-2").getEntities()).isEmpty();
      assertThat(first.getRevision()).isZero();
      assertThat(results.get("doc-2").getRevision()).as("the revision is carried over").isEqualTo(2L);
      assertThat(meters.counter(ExtractorMetrics.DOCUMENTS).count()).isEqualTo(2.0);
      assertThat(meters.counter(ExtractorMetrics.ENTITIES, ExtractorMetrics.TYPE, "PHONE", ExtractorMetrics.RECOGNIZER,
          "pattern", ExtractorMetrics.PII, "true").count()).isEqualTo(1.0);
    }
  }
}
