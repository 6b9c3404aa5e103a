package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor as it runs in production, against a real in-JVM broker and the real registry, on
 * the sample documents as the normalizer turns them out: the support e-mail's person, address,
 * phone and IBAN are found at their offsets, marked personal and masked; the long report is
 * re-joined from its chunks without repeats; a document that cannot be extracted is a dead letter.
 */
class ExtractorServiceIT {

  @Test
  void findsAndMasksThePersonalDataOfTheSampleEmailAndRejoinsLongDocuments(@TempDir Path state) throws Exception {
    try (ServiceTestStack stack = ServiceTestStack.start();
        ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      Topics topics = stack.topics();
      Config config = Config.load(ExtractorApp.SETTINGS,
          stack.serviceEnvironment(state, "DOCINTEL_EXTRACTOR_REDACTION", "mask"));
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "test");
      Map<String, NormalizedDocument> posted = new HashMap<>();
      try (StreamsService extractor = ExtractorApp.start(config)) {
        assertThat(extractor.awaitRunning(Duration.ofSeconds(60))).isTrue();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
            topics.normalized().keySerde().serializer(), topics.normalized().valueSerde().serializer())) {
          // A chunk past the end of the text cannot be extracted: a dead letter, and the service goes on.
          NormalizedDocument broken = normalizer.normalize(document(SampleDocuments.CONTRACT_TEXT));
          broken.getChunks().get(0).setSpan(new Span(0, broken.getText().length() + 10));
          producer.send(new ProducerRecord<>(topics.normalized().name(), "broken-chunks", broken)).get();
          for (SampleDocument sample : SampleDocuments.all()) {
            NormalizedDocument document = normalizer.normalize(document(sample));
            posted.put(document.getId(), document);
            producer.send(new ProducerRecord<>(topics.normalized().name(), document.getId(), document)).get();
          }
        }
        Map<String, Extraction> extractions = new HashMap<>();
        Map<String, DeadLetter> deadLetters = new HashMap<>();
        Map<String, Object> consumer = Map.of("bootstrap.servers", stack.bootstrapServers());
        try (var reader = new TopicReader<>(consumer, topics.extractions());
            var dlq = new TopicReader<>(consumer, topics.deadLetters(ExtractorApp.SERVICE))) {
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          while ((extractions.size() < posted.size() || deadLetters.isEmpty()) && System.nanoTime() < deadline) {
            reader.poll(Duration.ofMillis(300)).forEach(r -> assertThat(extractions.put(r.key(), r.value())).isNull());
            dlq.poll(Duration.ofMillis(100)).forEach(r ->
                deadLetters.put(new String(r.key(), StandardCharsets.UTF_8), r.value()));
          }
        }
        assertThat(extractions.keySet()).isEqualTo(posted.keySet());
        assertThat(deadLetters).containsOnlyKeys("broken-chunks");
        assertThat(deadLetters.get("broken-chunks").getStage()).isEqualTo("process:" + ExtractorTopology.EXTRACT);
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + extractor.httpPort() + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("docintel_extractor_documents_total", "docintel_extractor_entities_total{",
            "docintel_dlq_records_total{service=\"extractor\",stage=\"process\"}");
        extractions.forEach((id, extraction) -> {
          String text = posted.get(id).getText();
          assertThat(extraction.getEntities()).allSatisfy(e ->
              assertThat(text.substring(e.getSpan().getStart(), e.getSpan().getEnd())).isEqualTo(e.getText()));
        });

        Extraction email = extractions.get(SampleDocuments.SUPPORT_EMAIL.name());
        assertThat(email.getEntities()).filteredOn(Entity::getPersonalData).extracting(Entity::getText)
            .contains(SampleDocuments.SUPPORT_EMAIL_ADDRESS, SampleDocuments.SUPPORT_EMAIL_PHONE,
                SampleDocuments.SUPPORT_EMAIL_IBAN, SampleDocuments.SUPPORT_EMAIL_PERSON);
        assertThat(email.getRedactionPolicy()).isEqualTo("mask");
        assertThat(email.getEntities()).filteredOn(e -> e.getText().equals(SampleDocuments.SUPPORT_EMAIL_PERSON))
            .isNotEmpty().allSatisfy(e -> assertThat(e.getType()).isEqualTo("PERSON"));
        assertThat(email.getEntities()).filteredOn(e -> e.getText().equals(SampleDocuments.SUPPORT_EMAIL_IBAN))
            .singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("IBAN"));
        assertThat(email.getRedactedText()).contains("[EMAIL]", "[IBAN]", "[PHONE]", "[PERSON]")
            .doesNotContain(SampleDocuments.SUPPORT_EMAIL_ADDRESS, SampleDocuments.SUPPORT_EMAIL_IBAN,
                SampleDocuments.SUPPORT_EMAIL_PHONE, SampleDocuments.SUPPORT_EMAIL_PERSON);
        assertThat(email.getProvenance().getModel().getName()).isEqualTo("minilm-l6-q");

        Extraction report = extractions.get(SampleDocuments.LONG_REPORT.name());
        assertThat(report.getProvenance().getChunksTotal()).isGreaterThan(5)
            .isEqualTo(posted.get(SampleDocuments.LONG_REPORT.name()).getChunks().size());
        assertThat(report.getProvenance().getChunksCovered()).isEqualTo(report.getProvenance().getChunksTotal());
        Set<String> spans = new HashSet<>();
        report.getEntities().forEach(e -> assertThat(spans.add(e.getSpan().getStart() + ":" + e.getSpan().getEnd()))
            .as("no entity twice from overlapping chunks").isTrue());
        assertThat(report.getEntities()).isNotEmpty();
        for (int i = 1; i < report.getEntities().size(); i++) {
          assertThat(report.getEntities().get(i).getSpan().getStart())
              .as("entities in text order, none overlapping")
              .isGreaterThanOrEqualTo(report.getEntities().get(i - 1).getSpan().getEnd());
        }
      }
    }
  }

  private static Document document(SampleDocument sample) {
    return Document.newBuilder().setId(sample.name()).setSource(sample.fileName()).setEventTime(Instant.now())
        .setContent(BinaryContent.newBuilder().setData(ByteBuffer.wrap(sample.bytes()))
            .setContentType(sample.contentType()).setFileName(sample.fileName()).build())
        .build();
  }
}
