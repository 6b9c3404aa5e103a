package io.docintel.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummaryMethod;
import io.docintel.schemas.SummarySentence;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summarizer as it runs in production, against a real in-JVM broker and the real registry,
 * on the sample documents as the normalizer makes them: the long report gets a summary of the
 * configured length over all its chunks, the short samples get theirs, and every summary
 * sentence is exactly the source text at its offsets.
 */
class SummarizerServiceIT {

  static final int LENGTH = 6;

  static ServiceTestStack stack;
  static Topics topics;
  static StreamsService summarizer;

  @BeforeAll
  static void start(@TempDir Path state) throws Exception {
    stack = ServiceTestStack.start();
    topics = stack.topics();
    summarizer = SummarizerApp.start(Config.load(SummarizerApp.SETTINGS, stack.serviceEnvironment(state,
        "DOCINTEL_TOPICS_PARTITIONS", "2",
        "DOCINTEL_INFERENCE_INTRA_OP_THREADS", "2",
        "DOCINTEL_SUMMARIZER_LENGTH", String.valueOf(LENGTH))));
    assertThat(summarizer.awaitRunning(Duration.ofSeconds(60))).isTrue();
  }

  @AfterAll
  static void stop() {
    if (summarizer != null) {
      summarizer.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void everySampleGetsOneSummaryWhoseSentencesAreTheSourceTextAtTheirOffsets() throws Exception {
    Map<String, NormalizedDocument> posted = new LinkedHashMap<>();
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "test");
      for (SampleDocument sample : SampleDocuments.all()) {
        posted.put(sample.name(), normalizer.normalize(document(sample)));
      }
    }
    Topic<String, NormalizedDocument> normalized = topics.normalized();
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        normalized.keySerde().serializer(), normalized.valueSerde().serializer())) {
      for (NormalizedDocument document : posted.values()) {
        producer.send(new ProducerRecord<>(normalized.name(), document.getId(), document)).get();
      }
    }

    Map<String, Summary> summaries = new HashMap<>();
    try (var results = new TopicReader<>(Map.of("bootstrap.servers", stack.bootstrapServers()), topics.summaries())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (summaries.size() < posted.size() && System.nanoTime() < deadline) {
        results.poll(Duration.ofMillis(200)).forEach(r -> assertThat(summaries.put(r.key(), r.value())).isNull());
      }
    }

    assertThat(summaries.keySet()).containsExactlyInAnyOrderElementsOf(posted.keySet());
    posted.forEach((id, document) -> {
      Summary summary = summaries.get(id);
      assertThat(summary.getDocumentId()).isEqualTo(id);
      assertThat(summary.getMethod()).isEqualTo(SummaryMethod.EXTRACTIVE);
      assertThat(summary.getSentences()).as(id).isNotEmpty().hasSizeLessThanOrEqualTo(LENGTH);
      for (SummarySentence sentence : summary.getSentences()) {
        assertThat(document.getText().substring(sentence.getSource().getStart(), sentence.getSource().getEnd()))
            .as(id).isEqualTo(sentence.getText());
      }
      assertThat(summary.getSentences()).extracting(s -> s.getSource().getStart()).as(id).isSorted();
      assertThat(summary.getProvenance().getService()).isEqualTo("summarizer");
      assertThat(summary.getProvenance().getModel().getName()).isEqualTo("minilm-l6-q");
      assertThat(summary.getProvenance().getChunksTotal()).as(id).isEqualTo(document.getChunks().size());
      assertThat(summary.getProvenance().getChunksCovered()).as(id).isEqualTo(document.getChunks().size());
    });
    NormalizedDocument longReport = posted.get(SampleDocuments.LONG_REPORT.name());
    assertThat(longReport.getChunks()).hasSizeGreaterThan(5);
    Summary longSummary = summaries.get(SampleDocuments.LONG_REPORT.name());
    assertThat(longSummary.getSentences()).hasSize(LENGTH);
    // Hierarchical selection reaches past the opening: the picks come from several chunks.
    long chunksPickedFrom = longReport.getChunks().stream()
        .filter(chunk -> longSummary.getSentences().stream().anyMatch(s ->
            s.getSource().getStart() >= chunk.getSpan().getStart() && s.getSource().getEnd() <= chunk.getSpan().getEnd()))
        .count();
    assertThat(chunksPickedFrom).isGreaterThanOrEqualTo(3);
  }

  private static Document document(SampleDocument sample) {
    return Document.newBuilder().setId(sample.name()).setSource(sample.fileName()).setEventTime(Instant.now())
        .setContent(BinaryContent.newBuilder().setData(ByteBuffer.wrap(sample.bytes()))
            .setContentType(sample.contentType()).setFileName(sample.fileName()).build())
        .build();
  }
}
