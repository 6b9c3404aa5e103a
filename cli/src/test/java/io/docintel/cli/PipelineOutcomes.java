package io.docintel.cli;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.EnrichedDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What came out for a set of document ids: every enriched record and every dead letter (committed
 * ones), read from the beginning until each id has at least one of them or the timeout passes.
 */
public record PipelineOutcomes(List<ConsumerRecord<String, EnrichedDocument>> enriched,
    List<ConsumerRecord<byte[], DeadLetter>> deadLetters) {

  public static PipelineOutcomes await(Map<String, Object> kafka, Topics topics, Collection<String> services,
      Set<String> ids, Duration timeout) {
    List<Topic<byte[], DeadLetter>> deadLetterTopics = services.stream().map(topics::deadLetters).toList();
    List<ConsumerRecord<String, EnrichedDocument>> enriched = new ArrayList<>();
    List<ConsumerRecord<byte[], DeadLetter>> deadLetters = new ArrayList<>();
    Set<String> waiting = new HashSet<>(ids);
    try (TopicReader<String, EnrichedDocument> results = new TopicReader<>(kafka, topics.enriched());
        TopicReader<byte[], DeadLetter> letters = new TopicReader<>(kafka, deadLetterTopics)) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!waiting.isEmpty() && System.nanoTime() < deadline) {
        results.poll(Duration.ofMillis(200)).forEach(record -> {
          enriched.add(record);
          waiting.remove(record.key());
        });
        letters.poll(Duration.ofMillis(50)).forEach(record -> {
          deadLetters.add(record);
          waiting.remove(new String(record.key(), StandardCharsets.UTF_8));
        });
      }
    }
    return new PipelineOutcomes(enriched, deadLetters);
  }

  /** The ids with an enriched record. */
  public Set<String> enrichedIds() {
    Set<String> ids = new HashSet<>();
    enriched.forEach(record -> ids.add(record.key()));
    return ids;
  }

  /** The ids with a dead letter. */
  public Set<String> deadLetteredIds() {
    Set<String> ids = new HashSet<>();
    deadLetters.forEach(record -> ids.add(new String(record.key(), StandardCharsets.UTF_8)));
    return ids;
  }
}
