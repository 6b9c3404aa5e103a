package io.docintel.cli.bench.e2e;

import io.docintel.cli.bench.e2e.BenchCorpus.BenchFile;
import io.docintel.cli.local.LocalStack;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.drift.DriftMonitorApp;
import io.docintel.gateway.GatewayApp;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Posts documents to a running stack and times each one from its post (the record's producer
 * timestamp) to the arrival of its enriched record. Closed loop ({@link Arrivals#ALL_AT_ONCE}):
 * everything is posted at once, which measures the maximum throughput. Open loop: documents are
 * posted at the times {@link Arrivals} gives, whether or not earlier ones are done, which measures
 * latency at that load.
 * The load runs on threads named {@code docintel-bench-*}, so its CPU time is its own category.
 * A posted document that a service dead-letters instead stops the run at once, naming the file,
 * the service and the reason: the figures need every document through.
 */
public final class StackLoad {

  /**
   * Latency of each posted file in milliseconds and where its time went, by its index in the list;
   * and the wall time.
   */
  public record Outcome(double[] latencyMs, DocumentTimeline[] timelines, double seconds) {}

  private static final Duration DEAD_LETTER_CHECK = Duration.ofMillis(250);

  private final Map<String, Object> kafka;
  private final Topic<String, Document> documents;
  private final Topic<String, EnrichedDocument> enriched;
  private final List<Topic<byte[], DeadLetter>> deadLetters;

  /**
   * Load on the local stack's topics, watching the dead letters of every service a document passes
   * before it is enriched (the gateway and the drift monitor are not on that path).
   */
  public static StackLoad of(String bootstrapServers, Topics topics) {
    return new StackLoad(bootstrapServers, topics.documents(), topics.enriched(), LocalStack.serviceNames().stream()
        .filter(name -> !name.equals(GatewayApp.SERVICE) && !name.equals(DriftMonitorApp.SERVICE))
        .map(topics::deadLetters).toList());
  }

  public StackLoad(String bootstrapServers, Topic<String, Document> documents, Topic<String, EnrichedDocument> enriched,
      List<Topic<byte[], DeadLetter>> deadLetters) {
    this.kafka = Map.of("bootstrap.servers", bootstrapServers);
    this.documents = documents;
    this.enriched = enriched;
    this.deadLetters = deadLetters;
  }

  public Outcome run(List<BenchFile> files, String tenant, Arrivals arrivals, Duration timeout)
      throws TimeoutException {
    Map<String, Integer> indexById = new HashMap<>();
    List<Document> docs = files.stream().map(file -> file.toDocument(tenant)).toList();
    for (int i = 0; i < docs.size(); i++) {
      indexById.put(docs.get(i).getId(), i);
    }
    Map<Integer, Long> postedAt = new ConcurrentHashMap<>();
    double[] latency = new double[docs.size()];
    DocumentTimeline[] timelines = new DocumentTimeline[docs.size()];
    long[] lastArrival = {0};
    try (KafkaConsumer<String, EnrichedDocument> consumer = consumer();
        TopicReader<byte[], DeadLetter> refused = new TopicReader<>(kafka, deadLetters)) {
      List<TopicPartition> partitions = consumer.partitionsFor(enriched.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      long[] offsets = arrivals.offsetsNanos(docs.size());
      Thread sender = new Thread(() -> post(docs, postedAt, offsets), "docintel-bench-load");
      long start = System.currentTimeMillis();
      sender.start();
      // The timeout counts from the last scheduled post: an open loop of hundreds of documents
      // posts for longer than any fixed wait.
      long deadline = System.nanoTime() + Arrays.stream(offsets).max().orElse(0) + timeout.toNanos();
      int done = 0;
      long nextDeadLetterCheck = 0;
      while (done < docs.size()) {
        if (System.nanoTime() > deadline) {
          sender.interrupt();
          throw new TimeoutException(done + " of " + docs.size() + " documents enriched within " + timeout
              + " of the last post");
        }
        for (ConsumerRecord<String, EnrichedDocument> record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.currentTimeMillis();
          Integer index = indexById.remove(record.key());
          if (index != null) {
            long posted = postedAt.getOrDefault(index, now);
            latency[index] = now - posted;
            timelines[index] = DocumentTimeline.of(files.get(index).fileName(), posted, latency[index], record.value());
            lastArrival[0] = now;
            done++;
          }
        }
        if (System.nanoTime() >= nextDeadLetterCheck) {
          // Now and then, and briefly, so that reading enriched records (and so latency) is not held up.
          nextDeadLetterCheck = System.nanoTime() + DEAD_LETTER_CHECK.toNanos();
          failOnDeadLetter(refused.poll(Duration.ofMillis(1)), indexById, files, sender);
        }
      }
      joinQuietly(sender);
      return new Outcome(latency, timelines, (lastArrival[0] - start) / 1000.0);
    }
  }

  /** Stops the run if a document still awaited was dead-lettered, naming the file, the service and the reason. */
  private static void failOnDeadLetter(List<ConsumerRecord<byte[], DeadLetter>> letters, Map<String, Integer> awaited,
      List<BenchFile> files, Thread sender) {
    for (ConsumerRecord<byte[], DeadLetter> letter : letters) {
      Integer index = letter.key() == null ? null : awaited.get(new String(letter.key(), StandardCharsets.UTF_8));
      if (index != null) {
        sender.interrupt();
        DeadLetter reason = letter.value();
        throw new IllegalStateException(files.get(index).fileName() + " was dead-lettered by the " + reason.getService()
            + " at " + reason.getStage() + " (" + reason.getErrorMessage() + "); the benchmark needs every document "
            + "enriched, see `docintel dlq list`");
      }
    }
  }

  private void post(List<Document> docs, Map<Integer, Long> postedAt, long[] offsets) {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put("client.id", "docintel-bench-producer");
    try (KafkaProducer<String, Document> producer = new KafkaProducer<>(props, documents.keySerde().serializer(),
        documents.valueSerde().serializer())) {
      long start = System.nanoTime();
      for (int i = 0; i < docs.size() && !Thread.currentThread().isInterrupted(); i++) {
        long due = start + offsets[i];
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
        long now = System.currentTimeMillis();
        postedAt.put(i, now);
        producer.send(new ProducerRecord<>(documents.name(), null, now, docs.get(i).getId(), docs.get(i)));
      }
      producer.flush();
    }
  }

  private KafkaConsumer<String, EnrichedDocument> consumer() {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put("client.id", "docintel-bench-consumer");
    props.put("isolation.level", "read_committed");
    props.put("enable.auto.commit", "false");
    return new KafkaConsumer<>(props, enriched.keySerde().deserializer(), enriched.valueSerde().deserializer());
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
