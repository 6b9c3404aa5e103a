package io.docintel.cli.dlq;

import io.docintel.cli.replay.Replayer;
import io.docintel.common.dlq.DeadLetters;
import io.docintel.common.runtime.TopicCreator;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicNames;
import io.docintel.common.topic.TopicReader;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Re-submits dead letters after a fix, each at most once (unless forced): which ones were
 * re-sent is kept in the compacted {@code docintel.dlq.replayed.v1}.
 *
 * <ul>
 *   <li>A record that failed on {@code docintel.documents.v1} (the normalizer's) is re-sent as its
 *       original key and value bytes, with the attempt in a header; that document has no results
 *       yet, so nothing is duplicated.
 *   <li>A record that failed later (a result stage) belongs to a document whose enriched record
 *       may already be out, partial: the document is re-posted under a new revision
 *       ({@link Replayer}), so its new results do not mix with the old ones.
 * </ul>
 */
public final class DeadLetterReplayer {

  private final Map<String, Object> kafka;
  private final Topic<String, Document> documents;
  private final Topic<String, String> replayed = new Topic<>(TopicNames.DLQ_REPLAYED, Serdes.String(), Serdes.String());
  private final Clock clock;

  public DeadLetterReplayer(Map<String, Object> kafka, Topic<String, Document> documents, Clock clock) {
    this.kafka = kafka;
    this.documents = documents;
    this.clock = clock;
  }

  /** What a replay did: re-sent records, re-posted documents, and dead letters skipped as already replayed. */
  public record Outcome(int resent, int reposted, int alreadyReplayed) {}

  /** The markers of the dead letters replayed before. */
  public Set<String> replayedBefore(Duration timeout) {
    TopicCreator.ensureCompacted(kafka, TopicNames.DLQ_REPLAYED, 1, (short) 1);
    Set<String> markers = new HashSet<>();
    try (TopicReader<String, String> reader = new TopicReader<>(kafka, replayed)) {
      reader.readToEnd(timeout).forEach(record -> markers.add(record.key()));
    }
    return markers;
  }

  /** Replays {@code selected}, skipping those in {@code replayedBefore} unless {@code force}. */
  public Outcome replay(List<DeadLetterRecord> selected, Set<String> replayedBefore, boolean force, Duration timeout) {
    List<DeadLetterRecord> resend = new ArrayList<>();
    Set<String> repostIds = new LinkedHashSet<>();
    List<DeadLetterRecord> reposted = new ArrayList<>();
    int skipped = 0;
    for (DeadLetterRecord record : selected) {
      if (!force && replayedBefore.contains(record.marker())) {
        skipped++;
      } else if (TopicNames.DOCUMENTS.equals(record.letter().getSourceTopic())) {
        resend.add(record);
      } else {
        repostIds.add(record.documentId());
        reposted.add(record);
      }
    }
    if (!repostIds.isEmpty()) {
      Replayer replayer = new Replayer(kafka, documents);
      List<Document> plan = replayer.plan(Instant.EPOCH, null, repostIds, timeout);
      replayer.post(plan, null, (done, failed) -> { });
    }
    resendAndMark(resend, reposted);
    return new Outcome(resend.size(), repostIds.size(), skipped);
  }

  private void resendAndMark(List<DeadLetterRecord> resend, List<DeadLetterRecord> reposted) {
    if (resend.isEmpty() && reposted.isEmpty()) {
      return;
    }
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "docintel-dlq-replay-" + UUID.randomUUID());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
    String now = clock.instant().toString();
    try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      for (DeadLetterRecord record : resend) {
        DeadLetter letter = record.letter();
        ProducerRecord<byte[], byte[]> original = new ProducerRecord<>(letter.getSourceTopic(),
            bytes(letter.getOriginalKey()), bytes(letter.getOriginalValue()));
        original.headers().add(DeadLetters.HEADER_ATTEMPT,
            String.valueOf(letter.getAttempt()).getBytes(StandardCharsets.UTF_8));
        producer.send(original);
      }
      for (DeadLetterRecord record : concat(resend, reposted)) {
        producer.send(new ProducerRecord<>(replayed.name(), utf8(record.marker()), utf8(now)));
      }
      producer.commitTransaction();
    } catch (KafkaException e) {
      throw new Replayer.ReplayException(e.getMessage(), e);
    }
  }

  private static List<DeadLetterRecord> concat(List<DeadLetterRecord> a, List<DeadLetterRecord> b) {
    List<DeadLetterRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer copy = buffer.duplicate();
    byte[] data = new byte[copy.remaining()];
    copy.get(data);
    return data;
  }
}
