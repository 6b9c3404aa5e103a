package io.docintel.cli.bench.e2e;

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
}
