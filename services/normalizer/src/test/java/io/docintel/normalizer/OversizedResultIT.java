package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.TextContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normalized document larger than the normalizer's producer may send, under exactly-once
 * against a real broker and registry: it ends as one dead letter at stage {@code serialize},
 * carrying the input, and the document after it on the same partition is still normalized.
 * Without the serializer's bound the producer refuses the record, the transaction fails and the
 * task processes the same input again, for good.
 */
class OversizedResultIT {

  /** The producer's max.request.size: a value may take 448 KiB of it. */
  static final int MAX_REQUEST_SIZE = 512 * 1024;

  @Test
  void aResultTooLargeToSendIsDeadLetteredOnceAndTheNextDocumentIsNormalized(@TempDir Path state) throws Exception {
    try (ServiceTestStack stack = ServiceTestStack.start()) {
      Topics topics = stack.topics();
      StreamsService normalizer = NormalizerApp.start(Config.load(NormalizerApp.SETTINGS,
          stack.serviceEnvironment(state,
              "DOCINTEL_TOPICS_PARTITIONS", "1",
              "DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE", String.valueOf(MAX_REQUEST_SIZE))));
      try {
        assertThat(normalizer.awaitRunning(Duration.ofSeconds(60))).isTrue();
        // Short sentences: their offsets make the result about 1.5 times the text, so the input
        // fits a dead letter (under 448 KiB) while its result exceeds even max.request.size.
        Document big = text("big", "It rained. ".repeat(384 * 1024 / 11));
        Map<String, Document> posted = new LinkedHashMap<>();
        posted.put(big.getId(), big);
        posted.put("after-the-big-one", text("after-the-big-one", "A short note came next. It was normalized."));
        stack.send(topics.documents(), posted);

        List<NormalizedDocument> normalized = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        Map<String, Object> consumer = stack.kafka();
        try (var results = new TopicReader<>(consumer, topics.normalized());
            var dlq = new TopicReader<>(consumer, topics.deadLetters(NormalizerApp.SERVICE))) {
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          while (normalized.isEmpty() && System.nanoTime() < deadline) {
            results.poll(Duration.ofMillis(200)).forEach(r -> normalized.add(r.value()));
          }
          // Written in an earlier transaction than the result after it, so all there by now.
          dlq.readToEnd(Duration.ofSeconds(10)).forEach(r -> deadLetters.add(r.value()));
        }

        assertThat(normalized).extracting(NormalizedDocument::getId).containsExactly("after-the-big-one");
        assertThat(deadLetters).hasSize(1);
        DeadLetter letter = deadLetters.get(0);
        assertThat(letter.getStage()).isEqualTo("serialize");
        assertThat(letter.getErrorMessage())
            .contains("'" + TopicNames.NORMALIZED + "'")
            .contains("over the limit of " + (MAX_REQUEST_SIZE - RecordSizeLimit.ENVELOPE_BYTES) + " bytes")
            .contains("DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE");
        Matcher size = Pattern.compile("is (\\d+) bytes").matcher(letter.getErrorMessage());
        assertThat(size.find()).isTrue();
        assertThat(Long.parseLong(size.group(1))).as("more than the producer would send")
            .isGreaterThan(MAX_REQUEST_SIZE);
        assertThat(StandardCharsets.UTF_8.decode(letter.getOriginalKey().duplicate()).toString()).isEqualTo("big");
        assertThat(letter.getOriginalValue()).as("the input, to replay once the limit is raised").isNotNull();
        assertThat(normalizer.ready()).isTrue();
        assertThat(maxMessageBytes(stack, TopicNames.NORMALIZED)).isEqualTo(String.valueOf(MAX_REQUEST_SIZE));
      } finally {
        normalizer.close();
      }
    }
  }

  private static String maxMessageBytes(ServiceTestStack stack, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try (Admin admin = Admin.create(stack.kafka())) {
      return admin.describeConfigs(List.of(resource)).all().get().get(resource)
          .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value();
    }
  }

  private static Document text(String id, String text) {
    return Document.newBuilder().setId(id).setEventTime(Instant.now())
        .setContent(TextContent.newBuilder().setText(text).build()).build();
  }
}
