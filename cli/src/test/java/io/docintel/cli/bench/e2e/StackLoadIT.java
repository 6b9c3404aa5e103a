package io.docintel.cli.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.cli.bench.e2e.BenchCorpus.BenchFile;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The benchmark's load against a real broker and registry (no services): a dead-lettered document stops it. */
class StackLoadIT {

  @Test
  void aDeadLetteredDocumentStopsTheRunNamingTheFileAndTheReason() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts();
    LocalStack.serviceNames().forEach(options::without);
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      Topic<byte[], DeadLetter> normalizerDeadLetters = topics.deadLetters("normalizer");
      BenchFile file = new BenchFile("note.txt", "   ".getBytes(StandardCharsets.UTF_8), 1);
      String id = file.toDocument("bench-test").getId();
      try (KafkaProducer<byte[], DeadLetter> producer = new KafkaProducer<>(
          Map.of("bootstrap.servers", stack.bootstrapServers()), normalizerDeadLetters.keySerde().serializer(),
          normalizerDeadLetters.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(normalizerDeadLetters.name(), id.getBytes(StandardCharsets.UTF_8),
            DeadLetter.newBuilder().setService("normalizer").setStage("process:normalize")
                .setErrorClass("io.docintel.normalizer.UnreadableDocumentException")
                .setErrorMessage("EMPTY: the document has no text").setFailedAt(Instant.now()).build())).get();
      }
      StackLoad load = new StackLoad(stack.bootstrapServers(), topics.documents(), topics.enriched(),
          List.of(normalizerDeadLetters));

      // Nothing would ever enrich it: without the dead letter this would time out instead.
      assertThatThrownBy(() -> load.run(List.of(file), "bench-test", Arrivals.ALL_AT_ONCE, Duration.ofSeconds(90)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("note.txt was dead-lettered by the normalizer at process:normalize "
              + "(EMPTY: the document has no text)");
    }
  }

  @Test
  void theTimeoutCountsFromTheLastScheduledPost() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts();
    LocalStack.serviceNames().forEach(options::without);
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      StackLoad load = new StackLoad(stack.bootstrapServers(), topics.documents(), topics.enriched(),
          List.of(topics.deadLetters("normalizer")));
      List<BenchFile> files = List.of(new BenchFile("a.txt", "A first note.".getBytes(StandardCharsets.UTF_8), 1),
          new BenchFile("b.txt", "A second note.".getBytes(StandardCharsets.UTF_8), 1));
      Arrivals oneEveryThreeSeconds = Arrivals.of("uniform", 1 / 3.0, 1);

      // Without services nothing is enriched: the run must wait out the 3 s of posting, then the 1 s timeout.
      long start = System.nanoTime();
      assertThatThrownBy(() -> load.run(files, "bench-test", oneEveryThreeSeconds, Duration.ofSeconds(1)))
          .isInstanceOf(TimeoutException.class)
          .hasMessage("0 of 2 documents enriched within PT1S of the last post");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    }
  }
}
