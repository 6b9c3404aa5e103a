package io.docintel.cli.local;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.testkit.SampleDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel demo}: the local stack, the sample documents through it, their results printed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start docintel in this JVM (real Kafka broker, schema registry, every service), post the "
        + "sample documents the project ships, print each document's results as they arrive, and exit.",
        "Exit code 0 when every document ended as a result or a dead letter, 1 when some did not "
            + "within --timeout."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--timeout", defaultValue = "180s", description = "how long to wait for results (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    // The demo shows personal data masked in the extractions' redacted copy of the text.
    LocalStackOptions options = LocalStackOptions.freePorts().with("DOCINTEL_EXTRACTOR_REDACTION", "mask");
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Map<String, Object> kafka = Map.of("bootstrap.servers", stack.bootstrapServers());
      Map<String, String> posted = post(kafka, topics.documents(), SampleDocuments.filesWithOneUnreadable());
      System.out.printf("posted %d sample documents to %s%n%n", posted.size(), topics.documents().name());
      DemoOutcomes outcomes = new DemoOutcomes(posted, System.out);
      List<Topic<byte[], DeadLetter>> deadLetterTopics =
          LocalServices.ALL.stream().map(service -> topics.deadLetters(service.name())).toList();
      try (TopicReader<String, EnrichedDocument> results = new TopicReader<>(kafka, topics.enriched());
          TopicReader<byte[], DeadLetter> deadLetters = new TopicReader<>(kafka, deadLetterTopics)) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!outcomes.complete() && System.nanoTime() < deadline) {
          results.poll(Duration.ofMillis(200)).forEach(record -> outcomes.enriched(record.key(), record.value()));
          deadLetters.poll(Duration.ofMillis(50)).forEach(record -> outcomes.deadLettered(record.key(), record.value()));
        }
      }
      System.out.println();
      System.out.println(outcomes.summary());
      System.out.printf("demo took %.1f s%n", (System.nanoTime() - started) / 1e9);
      return outcomes.complete() ? 0 : 1;
    }
  }

  /** Posts each file as a document; returns file names by document id. */
  private static Map<String, String> post(
      Map<String, Object> kafka, Topic<String, Document> topic, Map<String, byte[]> files) {
    Map<String, String> byId = new LinkedHashMap<>();
    try (var producer = new KafkaProducer<>(kafka, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      files.forEach((fileName, bytes) -> {
        Document document = DocumentFiles.toDocument("demo", fileName, bytes, Instant.now());
        byId.put(document.getId(), fileName);
        producer.send(new ProducerRecord<>(topic.name(), document.getId(), document));
      });
      producer.flush();
    }
    return byId;
  }
}
