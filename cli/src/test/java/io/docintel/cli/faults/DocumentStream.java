package io.docintel.cli.faults;

import io.docintel.common.topic.Topic;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Documents flowing while a fault happens: a thread of its own posts small text documents to
 * {@code docintel.documents.v1}, one after the other with a pause between them, until stopped.
 * Each gets a fresh id; the {@code n}-th (from 0) has the text {@code texts.apply(n)}. A document
 * counts as posted once the broker has acknowledged it; a send blocks while the broker is away and
 * goes on when it is back. Any send that fails for good stops the stream, and {@link #stop} reports
 * it.
 */
final class DocumentStream implements AutoCloseable {

  static final String TENANT = "faults";

  private final KafkaProducer<String, Document> producer;
  private final Topic<String, Document> topic;
  private final IntFunction<String> texts;
  private final Duration pause;
  private final List<String> posted = new ArrayList<>();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile Exception failure;

  private DocumentStream(Map<String, Object> kafka, Topic<String, Document> topic, IntFunction<String> texts,
      Duration pause) {
    this.producer = new KafkaProducer<>(kafka, topic.keySerde().serializer(), topic.valueSerde().serializer());
    this.topic = topic;
    this.texts = texts;
    this.pause = pause;
    this.thread = new Thread(this::post, "document-stream");
  }

  /** Starts posting {@code texts} with {@code pause} between documents. */
  static DocumentStream start(Map<String, Object> kafka, Topic<String, Document> topic, IntFunction<String> texts,
      Duration pause) {
    DocumentStream stream = new DocumentStream(kafka, topic, texts, pause);
    stream.thread.start();
    return stream;
  }

  private void post() {
    try {
      for (int n = 0; !stopping; n++) {
        Document document = Document.newBuilder()
            .setId(UUID.randomUUID().toString())
            .setTenant(TENANT)
            .setSource("fault-drill")
            .setContent(TextContent.newBuilder().setText(texts.apply(n)).build())
            .setMetadata(Map.of("sequence", String.valueOf(n)))
            .setEventTime(Instant.now())
            .build();
        producer.send(new ProducerRecord<>(topic.name(), document.getId(), document)).get();
        synchronized (posted) {
          posted.add(document.getId());
          posted.notifyAll();
        }
        Thread.sleep(pause.toMillis());
      }
    } catch (InterruptedException e) {
      // close() without stop(): what was sent is of no interest any more.
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException e) {
      failure = e;
      synchronized (posted) {
        posted.notifyAll();
      }
    }
  }

  /** How many documents the broker has acknowledged so far. */
  int posted() {
    synchronized (posted) {
      return posted.size();
    }
  }

  /** Waits until at least {@code count} documents have been posted; fails if the stream failed or on timeout. */
  void awaitPosted(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (posted) {
      while (posted.size() < count) {
        if (failure != null) {
          throw new IllegalStateException("posting failed", failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("only " + posted.size() + " of " + count + " documents posted within "
              + timeout);
        }
        posted.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /**
   * Stops after the document being sent, if any, is acknowledged, and returns the ids of every
   * posted document in posting order (index {@code n} is the {@code n}-th text). Fails if a send
   * failed.
   */
  List<String> stop() throws InterruptedException {
    // Not interrupted: a document whose send were cut short could still be written, unknown to the test.
    stopping = true;
    thread.join();
    if (failure != null) {
      throw new IllegalStateException("posting failed", failure);
    }
    synchronized (posted) {
      return List.copyOf(posted);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopping = true;
    thread.interrupt();
    thread.join();
    producer.close();
  }
}
