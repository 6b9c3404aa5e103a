package io.docintel.drift;

import io.docintel.common.runtime.TopicCreator;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Requests to replace a model version's drift reference ({@code docintel drift reset-reference}):
 * records on the compacted topic {@value #TOPIC}, keyed {@code name@version}, whose value is the
 * time of the request in epoch milliseconds. Every drift monitor instance reads the topic into
 * a global store; when a model's reference was built under another value, the monitor drops it
 * and builds a new one from that model's next observations. A tombstone resets to the state
 * before any request (generation 0), which also differs from a reset reference's.
 */
public final class ReferenceResets {

  public static final String TOPIC = "docintel.drift.reference-resets.v1";
  static final String STORE = "drift-reference-resets";

  private ReferenceResets() {}

  /** Asks the drift monitor to rebuild the reference of {@code model} at {@code version}. */
  public static void request(Map<String, Object> kafkaProps, String model, String version, Instant at) {
    try (KafkaProducer<String, Long> producer =
        new KafkaProducer<>(kafkaProps, new StringSerializer(), new LongSerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, model + "@" + version, at.toEpochMilli())).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write to " + TOPIC + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to " + TOPIC, e);
    }
  }

  /** Creates {@value #TOPIC} when missing: one partition, compacted (it is the store's only copy). */
  static void ensureTopic(Map<String, Object> kafkaProps, short replication) {
    TopicCreator.ensureCompacted(kafkaProps, TOPIC, 1, replication);
  }

  /** Keeps the global store equal to the topic. */
  static final class StoreUpdater implements Processor<String, Long, Void, Void> {

    private KeyValueStore<String, Long> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      store = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Long> record) {
      if (record.key() == null) {
        return;
      }
      if (record.value() == null) {
        store.delete(record.key());
      } else {
        store.put(record.key(), record.value());
      }
    }
  }
}
