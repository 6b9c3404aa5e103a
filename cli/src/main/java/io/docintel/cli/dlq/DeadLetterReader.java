package io.docintel.cli.dlq;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.DeadLetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads every service's dead-letter topic that exists, to its end, committed records only. */
public final class DeadLetterReader {

  private DeadLetterReader() {}

  /** Every dead letter now in the cluster, in no particular order across topics. */
  public static List<DeadLetterRecord> readAll(Map<String, Object> kafka, Topics topics, Duration timeout) {
    List<Topic<byte[], DeadLetter>> deadLetterTopics = new ArrayList<>();
    for (String service : services(kafka)) {
      deadLetterTopics.add(topics.deadLetters(service));
    }
    List<DeadLetterRecord> records = new ArrayList<>();
    if (deadLetterTopics.isEmpty()) {
      return records;
    }
    try (TopicReader<byte[], DeadLetter> reader = new TopicReader<>(kafka, deadLetterTopics)) {
      for (ConsumerRecord<byte[], DeadLetter> record : reader.readToEnd(timeout)) {
        records.add(new DeadLetterRecord(record.topic(), record.partition(), record.offset(), record.value()));
      }
    }
    return records;
  }

  private static List<String> services(Map<String, Object> kafka) {
    try (Admin admin = Admin.create(kafka)) {
      return admin.listTopics().names().get().stream().map(TopicNames::deadLetterService)
          .flatMap(java.util.Optional::stream).sorted().toList();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing topics", e);
    }
  }
}
