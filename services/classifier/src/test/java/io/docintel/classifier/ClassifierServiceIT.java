package io.docintel.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier as it runs in production, against a real in-JVM broker and the real registry,
 * on two partitions: the sample corpus (normalized by the real normalizer) gets its expected
 * labels; a correction on the feedback topic fixes a misclassified document, changes the
 * prototype version, and the learned prototypes survive a restart on empty local state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassifierServiceIT {

  private static final Logger log = LoggerFactory.getLogger(ClassifierServiceIT.class);
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  static ServiceTestStack stack;
  static Topics topics;
  static StreamsService classifier;
  static TopicReader<String, Classification> reader;
  static final Map<String, Classification> seen = new HashMap<>();
  @TempDir
  static Path state;

  @BeforeAll
  static void start() throws Exception {
    stack = ServiceTestStack.start();
    topics = stack.topics();
    reader = new TopicReader<>(Map.of("bootstrap.servers", stack.bootstrapServers()), topics.classifications());
    classifier = startClassifier(state.resolve("first"));
  }

  static StreamsService startClassifier(Path stateDir) throws InterruptedException {
    StreamsService service = ClassifierApp.start(Config.load(ClassifierApp.SETTINGS, stack.serviceEnvironment(stateDir,
        "DOCINTEL_TOPICS_PARTITIONS", "2",
        "DOCINTEL_INFERENCE_DEVICE", "cpu",
        "DOCINTEL_INFERENCE_INTRA_OP_THREADS", "1")));
    assertThat(service.awaitRunning(Duration.ofSeconds(90))).isTrue();
    return service;
  }

  @AfterAll
  static void stop() {
    if (classifier != null) {
      classifier.close();
    }
    if (reader != null) {
      reader.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void samplesGetTheirExpectedLabels() throws Exception {
    List<SampleCorpus.Normalized> samples = SampleCorpus.normalizeAll();
    for (SampleCorpus.Normalized sample : samples) {
      post(sample.document());
    }
    Map<String, Classification> results = await(samples.stream().map(s -> s.document().getId()).toList());

    int correct = 0;
    for (SampleCorpus.Normalized sample : samples) {
      Classification result = results.get(sample.document().getId());
      String label = result.getLabels().get(0).getLabel();
      correct += label.equals(sample.sample().expectedLabel()) ? 1 : 0;
      log.info("{}: expected {}, got {} ({}, escalated {})", sample.document().getId(), sample.sample().expectedLabel(),
          label, result.getProvenance().getModel().getName(), result.getEscalated());
      assertThat(result.getEmbedding()).isNotEmpty();
      assertThat(result.getPrototypeVersion()).isZero();
      assertThat(result.getProvenance().getService()).isEqualTo("classifier");
      assertThat(result.getProvenance().getModel().getSha256()).hasSize(64);
      assertThat(result.getProvenance().getChunksCovered()).isPositive()
          .isLessThanOrEqualTo(result.getProvenance().getChunksTotal());
    }
    log.info("sample accuracy: {}/{}", correct, samples.size());
    assertThat(correct).isGreaterThanOrEqualTo(5);

    long escalated = results.values().stream().filter(Classification::getEscalated).count();
    String metrics = get("/metrics");
    assertThat(metrics).contains("docintel_classifier_documents_total");
    if (escalated > 0) {
      assertThat(metrics).contains("docintel_classifier_escalations_total{model=\"bge-small-q\"");
    }
  }

  @Test
  @Order(2)
  void aCorrectionFixesAMisclassifiedDocumentAndSurvivesARestart() throws Exception {
    post(SampleCorpus.normalizeText("complaint-1", ClassifierTopologyTest.DOUBLE_CHARGE));
    Classification before = await(List.of("complaint-1")).get("complaint-1");
    assertThat(before.getLabels().get(0).getLabel()).isEqualTo("invoice");
    long versionBefore = before.getPrototypeVersion();

    postFeedback("complaint-1", "support-ticket");
    // The correction travels through the updates topic and the learning task to every task's
    // global store; documents posted until it has arrived still get the old answer.
    Classification after = postUntil("complaint-after", "support-ticket");
    assertThat(after.getPrototypeVersion()).isGreaterThan(versionBefore);
    long versionAfter = after.getPrototypeVersion();

    // A restart on empty local state: the stores come back from their changelog and topic.
    classifier.close();
    classifier = startClassifier(state.resolve("second"));
    post(SampleCorpus.normalizeText("complaint-restarted", ClassifierTopologyTest.DOUBLE_CHARGE));
    Classification restarted = await(List.of("complaint-restarted")).get("complaint-restarted");
    assertThat(restarted.getLabels().get(0).getLabel()).isEqualTo("support-ticket");
    assertThat(restarted.getPrototypeVersion()).isEqualTo(versionAfter);

    // The learning task's own state survived too: the next correction counts on from there.
    postFeedback("complaint-restarted", "support-ticket");
    Classification next = postUntilVersion("complaint-next", versionAfter + 1);
    assertThat(next.getLabels().get(0).getLabel()).isEqualTo("support-ticket");
  }

  private static Classification postUntil(String idPrefix, String label) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      String id = idPrefix + "-" + attempt;
      post(SampleCorpus.normalizeText(id, ClassifierTopologyTest.DOUBLE_CHARGE));
      Classification result = await(List.of(id)).get(id);
      if (result.getLabels().get(0).getLabel().equals(label)) {
        return result;
      }
    }
    throw new AssertionError("no document was classified as " + label + " before the deadline");
  }

  private static Classification postUntilVersion(String idPrefix, long version) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      String id = idPrefix + "-" + attempt;
      post(SampleCorpus.normalizeText(id, ClassifierTopologyTest.DOUBLE_CHARGE));
      Classification result = await(List.of(id)).get(id);
      assertThat(result.getPrototypeVersion()).isLessThanOrEqualTo(version);
      if (result.getPrototypeVersion() == version) {
        return result;
      }
    }
    throw new AssertionError("prototype version " + version + " did not arrive before the deadline");
  }

  private static void post(NormalizedDocument document) throws Exception {
    var normalized = topics.normalized();
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        normalized.keySerde().serializer(), normalized.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(normalized.name(), document.getId(), document)).get();
    }
  }

  private static void postFeedback(String documentId, String label) throws Exception {
    var feedback = topics.feedback();
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
        feedback.keySerde().serializer(), feedback.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(feedback.name(), documentId, Feedback.newBuilder().setDocumentId(documentId)
          .setCorrectLabel(label).setAuthor("it").setCreatedAt(Instant.now()).build())).get();
    }
  }

  /** Reads classifications until every id has one; ids are never reused, so each has one. */
  private static Map<String, Classification> await(List<String> ids) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!seen.keySet().containsAll(ids) && System.nanoTime() < deadline) {
      reader.poll(Duration.ofMillis(200)).forEach(r -> assertThat(seen.put(r.key(), r.value())).as(r.key()).isNull());
    }
    assertThat(seen.keySet()).containsAll(ids);
    return seen;
  }

  private static String get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + classifier.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
