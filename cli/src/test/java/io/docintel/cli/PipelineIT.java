package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Entity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.SummarySentence;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every service together on the real in-JVM broker and registry: the sample documents go in as
 * files and come out as one enriched record each, whose parts are checked against the samples.
 */
class PipelineIT {

  @Test
  void sampleDocumentsComeOutEnrichedLabelledRedactedAndSummarized() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts().with("DOCINTEL_EXTRACTOR_REDACTION", "mask");
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Map<String, SampleDocument> samples = new HashMap<>();
      try (var producer = new KafkaProducer<>(kafka, topics.documents().keySerde().serializer(),
          topics.documents().valueSerde().serializer())) {
        for (SampleDocument sample : SampleDocuments.all()) {
          Document document = DocumentFiles.toDocument("it", sample.fileName(), sample.bytes(), Instant.now());
          samples.put(document.getId(), sample);
          producer.send(new ProducerRecord<>(topics.documents().name(), document.getId(), document)).get();
        }
      }

      Map<String, EnrichedDocument> enriched = new HashMap<>();
      Map<String, NormalizedDocument> normalized = new HashMap<>();
      try (var results = new TopicReader<>(kafka, topics.enriched());
          var texts = new TopicReader<>(kafka, topics.normalized())) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while ((enriched.size() < samples.size() || normalized.size() < samples.size()) && System.nanoTime() < deadline) {
          results.poll(Duration.ofMillis(300)).forEach(r -> assertThat(enriched.put(r.key(), r.value()))
              .as("one enriched record per document").isNull());
          texts.poll(Duration.ofMillis(50)).forEach(r -> normalized.put(r.key(), r.value()));
        }
      }
      assertThat(enriched.keySet()).isEqualTo(samples.keySet());

      enriched.forEach((id, document) -> {
        SampleDocument sample = samples.get(id);
        String text = normalized.get(id).getText();
        assertThat(document.getComplete()).as(sample.name()).isTrue();
        assertThat(document.getClassification().getLabels().get(0).getLabel()).as(sample.name())
            .isEqualTo(sample.expectedLabel());
        assertThat(document.getSummary().getSentences()).as(sample.name()).isNotEmpty();
        for (SummarySentence sentence : document.getSummary().getSentences()) {
          assertThat(text.substring(sentence.getSource().getStart(), sentence.getSource().getEnd()))
              .isEqualTo(sentence.getText());
        }
        for (Entity entity : document.getExtraction().getEntities()) {
          assertThat(text.substring(entity.getSpan().getStart(), entity.getSpan().getEnd())).isEqualTo(entity.getText());
        }
      });

      EnrichedDocument email = byName(enriched, samples, SampleDocuments.SUPPORT_EMAIL);
      assertThat(email.getExtraction().getEntities()).filteredOn(Entity::getPersonalData).extracting(Entity::getText)
          .contains(SampleDocuments.SUPPORT_EMAIL_ADDRESS, SampleDocuments.SUPPORT_EMAIL_IBAN,
              SampleDocuments.SUPPORT_EMAIL_PHONE);
      assertThat(email.getExtraction().getRedactedText())
          .doesNotContain(SampleDocuments.SUPPORT_EMAIL_ADDRESS, SampleDocuments.SUPPORT_EMAIL_IBAN,
              SampleDocuments.SUPPORT_EMAIL_PHONE);

      EnrichedDocument report = byName(enriched, samples, SampleDocuments.LONG_REPORT);
      assertThat(report.getExtraction().getProvenance().getChunksTotal()).isGreaterThan(5);
      assertThat(report.getSummary().getProvenance().getChunksTotal()).isGreaterThan(5);
      Set<String> spans = new HashSet<>();
      for (Entity entity : report.getExtraction().getEntities()) {
        assertThat(spans.add(entity.getSpan().getStart() + "-" + entity.getSpan().getEnd()))
            .as("entity at %s found once across overlapping chunks", entity.getSpan()).isTrue();
      }
    }
  }

  private static EnrichedDocument byName(
      Map<String, EnrichedDocument> enriched, Map<String, SampleDocument> samples, SampleDocument wanted) {
    return enriched.entrySet().stream().filter(e -> samples.get(e.getKey()).equals(wanted)).findFirst()
        .orElseThrow().getValue();
  }
}
