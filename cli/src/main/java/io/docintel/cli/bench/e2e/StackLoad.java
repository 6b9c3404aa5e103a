package io.docintel.cli.bench.e2e;

import io.docintel.cli.bench.e2e.BenchCorpus.BenchFile;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import java.time.Duration;
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
 */
public final class StackLoad {

  /**
   * Latency of each posted file in milliseconds and where its time went, by its index in the list;
   * and the wall time.
   */
  public record Outcome(double[] latencyMs, DocumentTimeline[] timelines, double seconds) {}

  private final Map<String, Object> kafka;
  private final Topic<String, Document> documents;
  private final Topic<String, EnrichedDocument> enriched;

  public StackLoad(String bootstrapServers, Topic<String, Document> documents, Topic<String, EnrichedDocument> enriched) {
    this.kafka = Map.of("bootstrap.servers", bootstrapServers);
    this.documents = documents;
    this.enriched = enriched;
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
    try (KafkaConsumer<String, EnrichedDocument> consumer = consumer()) {
      List<TopicPartition> partitions = consumer.partitionsFor(enriched.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      long[] offsets = arrivals.offsetsNanos(docs.size());
      Thread sender = new Thread(() -> post(docs, postedAt, offsets), "docintel-bench-load");
      long start = System.currentTimeMillis();
      sender.start();
      long deadline = System.nanoTime() + timeout.toNanos();
      int done = 0;
      while (done < docs.size()) {
        if (System.nanoTime() > deadline) {
          sender.interrupt();
          throw new TimeoutException(done + " of " + docs.size() + " documents enriched within " + timeout);
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
      }
      joinQuietly(sender);
      return new Outcome(latency, timelines, (lastArrival[0] - start) / 1000.0);
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
