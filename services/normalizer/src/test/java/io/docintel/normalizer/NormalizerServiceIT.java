package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.BadSampleDocument;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normalizer as it runs in production, against a real in-JVM broker and the real registry:
 * every sample format becomes text, every bad input becomes a dead letter with its original
 * bytes, and documents posted after bad ones are still normalized.
 */
class NormalizerServiceIT {

  static final long MAX_BYTES = 256 * 1024;

  static ServiceTestStack stack;
  static Topics topics;
  static StreamsService normalizer;

  @BeforeAll
  static void start(@TempDir Path state) throws Exception {
    stack = ServiceTestStack.start();
    topics = stack.topics();
    normalizer = NormalizerApp.start(Config.load(NormalizerApp.SETTINGS, stack.serviceEnvironment(state,
        "DOCINTEL_TOPICS_PARTITIONS", "2",
        "DOCINTEL_NORMALIZER_MAX_DOCUMENT_BYTES", String.valueOf(MAX_BYTES))));
    assertThat(normalizer.awaitRunning(Duration.ofSeconds(60))).isTrue();
  }

  @AfterAll
  static void stop() {
    if (normalizer != null) {
      normalizer.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void samplesBecomeTextAndBadInputBecomesDeadLettersWhileTheServiceGoesOn() throws Exception {
    Map<String, String> expectedPhrase = new LinkedHashMap<>();
    Map<String, String> expectedReason = new LinkedHashMap<>();
    Map<String, byte[]> badValues = new HashMap<>();
    Topic<String, Document> documents = topics.documents();
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        documents.keySerde().serializer(), documents.valueSerde().serializer())) {
      for (BadSampleDocument bad : SampleDocuments.bad()) {
        send(producer, binary("bad-" + bad.name(), bad.fileName(), bad.contentType(), bad.bytes()));
        expectedReason.put("bad-" + bad.name(), bad.expectedReason());
      }
      send(producer, binary("bad-oversized", "huge.txt", "text/plain", new byte[(int) MAX_BYTES + 1]));
      expectedReason.put("bad-oversized", "TOO_LARGE");
      send(producer, text("bad-whitespace", " \n\t  \n"));
      expectedReason.put("bad-whitespace", "EMPTY");
      for (SampleDocument sample : SampleDocuments.all()) {
        send(producer, binary(sample.name(), sample.fileName(), sample.contentType(), sample.bytes()));
        expectedPhrase.put(sample.name(), sample.expectedPhrase());
      }
      send(producer, text("posted-as-text", "Caf\u0065\u0301 owners met on Tuesday. They agreed on new opening hours."));
      expectedPhrase.put("posted-as-text", "Caf\u00e9 owners met on Tuesday.");
    }
    byte[] notAvro = "this is not Confluent Avro".getBytes(StandardCharsets.UTF_8);
    try (var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(documents.name(), "bad-not-avro", notAvro)).get();
      badValues.put("bad-not-avro", notAvro);
    }
    try (var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        documents.keySerde().serializer(), documents.valueSerde().serializer())) {
      send(raw, text("after-the-bad-ones", "The service kept going. This document came last."));
      expectedPhrase.put("after-the-bad-ones", "The service kept going.");
    }

    Map<String, NormalizedDocument> normalized = new HashMap<>();
    Map<String, DeadLetter> deadLetters = new HashMap<>();
    Map<String, Object> consumer = Map.of("bootstrap.servers", stack.bootstrapServers());
    try (var results = new TopicReader<>(consumer, topics.normalized());
        var dlq = new TopicReader<>(consumer, topics.deadLetters("normalizer"))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      int expected = expectedPhrase.size() + expectedReason.size() + badValues.size();
      while (normalized.size() + deadLetters.size() < expected && System.nanoTime() < deadline) {
        results.poll(Duration.ofMillis(200)).forEach(r -> assertThat(normalized.put(r.key(), r.value())).isNull());
        dlq.poll(Duration.ofMillis(100)).forEach(r ->
            assertThat(deadLetters.put(new String(r.key(), StandardCharsets.UTF_8), r.value())).isNull());
      }
    }

    assertThat(normalized.keySet()).containsExactlyInAnyOrderElementsOf(expectedPhrase.keySet());
    expectedPhrase.forEach((id, phrase) -> {
      NormalizedDocument document = normalized.get(id);
      assertThat(document.getText()).as(id).contains(phrase);
      assertThat(document.getChunks()).as(id).isNotEmpty();
      assertThat(document.getTokenizer()).isEqualTo("minilm-l6-q");
      assertThat(document.getProvenance().getService()).isEqualTo("normalizer");
    });
    assertThat(normalized.get("long-report").getChunks()).hasSizeGreaterThan(5);

    assertThat(deadLetters.keySet()).containsExactlyInAnyOrder(
        concat(expectedReason.keySet(), badValues.keySet()));
    expectedReason.forEach((id, reason) -> {
      DeadLetter letter = deadLetters.get(id);
      assertThat(letter.getErrorClass()).as(id).endsWith("UnreadableDocumentException");
      assertThat(letter.getErrorMessage()).as(id).startsWith(reason);
      assertThat(letter.getStage()).isEqualTo("process:" + NormalizerTopology.NORMALIZE);
      assertThat(letter.getSourceTopic()).isEqualTo(documents.name());
      assertThat(letter.getOriginalValue()).isNotNull();
    });
    DeadLetter notAvroLetter = deadLetters.get("bad-not-avro");
    assertThat(notAvroLetter.getStage()).isEqualTo("deserialize");
    assertThat(bytes(notAvroLetter.getOriginalValue())).containsExactly(notAvro);

    String metrics = get("/metrics").body();
    assertThat(metrics).contains("docintel_dlq_records_total{service=\"normalizer\",stage=\"process\"}");
    assertThat(metrics).contains("kafka_stream");
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  private static String[] concat(java.util.Set<String> a, java.util.Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + normalizer.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void send(KafkaProducer<String, Document> producer, Document document) throws Exception {
    producer.send(new ProducerRecord<>(topics.documents().name(), document.getId(), document)).get();
  }

  private static Document binary(String id, String fileName, String contentType, byte[] bytes) {
    return Document.newBuilder().setId(id).setSource(fileName).setEventTime(Instant.now())
        .setContent(BinaryContent.newBuilder().setData(ByteBuffer.wrap(bytes))
            .setContentType(contentType).setFileName(fileName).build())
        .build();
  }

  private static Document text(String id, String text) {
    return Document.newBuilder().setId(id).setEventTime(Instant.now())
        .setContent(TextContent.newBuilder().setText(text).build()).build();
  }
}
