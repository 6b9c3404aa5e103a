package io.docintel.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's store: a one-partition compacted topic, read from the beginning by a thread
 * that applies every committed record to a {@link SchemaState}, and written through
 * transactions.
 *
 * <p><b>How ids stay the same across instances and restarts.</b> The state is a pure function of
 * the log, so a restarted instance, or any other instance on the same topic, rebuilds the same
 * subjects, versions and ids. Writes are serialized across instances with Kafka's transaction
 * fencing: every instance uses the same {@code transactional.id}
 * ({@code docintel-schema-registry-<topic>}), so initializing a producer fences the previous
 * holder. A write then (1) reads the log up to its last stable offset, (2) decides on that
 * state (the id is the one the identical schema already has under any subject, else the highest
 * id + 1; the version is the subject's highest + 1), (3) writes and commits, (4) waits until its
 * own reader has applied the commit and only then answers. If another instance wrote in between,
 * it must have fenced this producer first, so the commit fails, the producer is re-created (which
 * fences the other) and the write starts over from (1). Hence no two schemas ever share an id or
 * a (subject, version), and because writes are serialized, the last record for a key is also the
 * right one, so compaction never changes the outcome.
 *
 * <p>Limits: a write fenced after sending leaves an aborted record, which this reader skips
 * (read_committed) but a reader with read_uncommitted would apply. A permanent delete writes a
 * tombstone; once compaction has removed both, the highest id can be handed out again if it
 * belonged only to the deleted versions.
 *
 * <p>Owns its Kafka clients and reader thread; {@link #close()} releases them.
 */
final class SchemaLog implements AutoCloseable {

  /** One write: the records to append (may be empty) and the answer to give once applied. */
  record Update<T>(List<ProducerRecord<byte[], byte[]>> records, T answer) {}

  private static final Logger log = LoggerFactory.getLogger(SchemaLog.class);
  private static final int MAX_WRITE_ATTEMPTS = 20;

  private final String topic;
  private final TopicPartition partition;
  private final Map<String, Object> clientProperties;
  private final Duration timeout;
  private final SchemaState state;
  private final Admin admin;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread reader;
  private final Object progress = new Object();
  private volatile long appliedUpTo;
  private volatile RuntimeException readerFailure;
  private volatile boolean closed;
  private KafkaProducer<byte[], byte[]> producer;

  SchemaLog(String topic, Map<String, Object> clientProperties, Duration timeout, SchemaState state) {
    this.topic = topic;
    this.partition = new TopicPartition(topic, 0);
    this.clientProperties = Map.copyOf(clientProperties);
    this.timeout = timeout;
    this.state = state;
    this.admin = Admin.create(clientProperties);
    KafkaConsumer<byte[], byte[]> created = null;
    try {
      createTopicIfMissing();
      Map<String, Object> consumerProps = new HashMap<>(clientProperties);
      consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      consumerProps.remove(ConsumerConfig.GROUP_ID_CONFIG);
      created = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
      created.assign(List.of(partition));
      created.seekToBeginning(List.of(partition));
    } catch (RuntimeException e) {
      if (created != null) {
        created.close();
      }
      admin.close();
      throw e;
    }
    this.consumer = created;
    this.reader = new Thread(this::readForever, "schema-registry-reader-" + topic);
    reader.setDaemon(true);
    reader.start();
  }

  private void createTopicIfMissing() {
    NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    try {
      admin.createTopics(Set.of(newTopic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      log.info("created store topic {}", topic);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw RegistryException.storeError("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
      }
    } catch (TimeoutException e) {
      throw RegistryException.operationTimeout("creating topic " + topic);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.storeError("interrupted while creating topic " + topic, e);
    }
  }

  private void readForever() {
    try {
      while (!closed) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          applyQuietly(record);
        }
        long position = consumer.position(partition);
        synchronized (progress) {
          appliedUpTo = position;
          progress.notifyAll();
        }
      }
    } catch (WakeupException e) {
      // close() woke us up
    } catch (RuntimeException e) {
      if (!closed) {
        log.error("the store reader of {} stopped", topic, e);
        readerFailure = e;
      }
    } finally {
      consumer.close();
      synchronized (progress) {
        progress.notifyAll();
      }
    }
  }

  private void applyQuietly(ConsumerRecord<byte[], byte[]> record) {
    try {
      JsonNode key = StoreRecords.parse(record.key());
      if (key != null) {
        state.apply(key, StoreRecords.parse(record.value()));
      }
    } catch (Exception e) {
      log.warn("skipping unreadable record at offset {} of {}: {}", record.offset(), topic, e.toString());
    }
  }

  /** Waits until every record committed so far is applied; 50002 when that takes too long. */
  void awaitCaughtUp() {
    awaitApplied(committedEnd(timeout));
  }

  /** Whether every record committed so far is applied, asking Kafka for at most {@code wait}. */
  boolean isCaughtUp(Duration wait) {
    try {
      return readerFailure == null && appliedUpTo >= committedEnd(wait);
    } catch (RegistryException e) {
      return false;
    }
  }

  /**
   * The last stable offset: records below it are committed (or aborted) and readable. A topic
   * created a moment ago may not be known to every broker yet; that is retried until {@code wait}.
   */
  private long committedEnd(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      try {
        return committedEndOnce(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      } catch (RegistryException e) {
        if (!(e.getCause() instanceof ExecutionException failed
            && failed.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        sleepBriefly();
      }
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.storeError("interrupted", e);
    }
  }

  private long committedEndOnce(Duration wait) {
    try {
      return admin.listOffsets(Map.of(partition, OffsetSpec.latest()),
              new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .partitionResult(partition).get(wait.toMillis(), TimeUnit.MILLISECONDS).offset();
    } catch (ExecutionException e) {
      throw RegistryException.storeError("cannot read the end of " + topic + ": " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw RegistryException.operationTimeout("reading the end offset of " + topic);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.storeError("interrupted", e);
    }
  }

  private void awaitApplied(long end) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (appliedUpTo < end) {
        if (readerFailure != null) {
          throw RegistryException.storeError("the store reader failed: " + readerFailure.getMessage(), readerFailure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || closed) {
          throw RegistryException.operationTimeout("catching up with " + topic + " (at " + appliedUpTo + " of " + end + ")");
        }
        try {
          progress.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw RegistryException.storeError("interrupted", e);
        }
      }
    }
  }

  /**
   * Runs {@code decide} on the caught-up state and appends its records in one transaction,
   * serialized with every other instance (see the class comment). Exceptions {@code decide}
   * throws, such as {@link RegistryException}, propagate without writing.
   */
  synchronized <T> T write(Function<SchemaState, Update<T>> decide) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        if (producer == null) {
          producer = newProducer();
        }
        awaitCaughtUp();
        Update<T> update = decide.apply(state);
        if (update.records().isEmpty()) {
          return update.answer();
        }
        producer.beginTransaction();
        Future<RecordMetadata> last = null;
        for (ProducerRecord<byte[], byte[]> record : update.records()) {
          last = producer.send(record);
        }
        producer.commitTransaction();
        // The commit markers are written after commitTransaction returns, so wait for our own
        // last record rather than the last stable offset, which may not include it yet.
        awaitApplied(last.get().offset() + 1);
        return update.answer();
      } catch (AuthenticationException | AuthorizationException e) {
        closeProducer();
        throw RegistryException.storeError(e.getMessage(), e);
      } catch (KafkaException | ExecutionException e) {
        // Fencing by another instance surfaces as ProducerFenced, InvalidProducerEpoch,
        // InvalidTxnState or an aborted transaction, depending on timing. Any of them means:
        // start over with a new producer and decide again on the log as it now is. A
        // registration that did commit is then found, not repeated; a delete that did commit
        // reports not-found.
        closeProducer();
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        if (attempt >= MAX_WRITE_ATTEMPTS || System.nanoTime() > deadline) {
          throw RegistryException.storeError("cannot write to " + topic + " after " + attempt + " attempts: "
              + cause.getMessage(), cause);
        }
        log.debug("write to {} failed ({}), retrying", topic, cause.toString());
        pauseBeforeRetry(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closeProducer();
        throw RegistryException.storeError("interrupted", e);
      }
    }
  }

  /** A short random pause, so that two instances writing at once stop fencing each other. */
  private static void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 20L * Math.min(attempt, 10) + 11));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RegistryException.storeError("interrupted", e);
    }
  }

  ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value) {
    return new ProducerRecord<>(topic, 0, key, value);
  }

  private KafkaProducer<byte[], byte[]> newProducer() {
    Map<String, Object> props = new HashMap<>(clientProperties);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "docintel-schema-registry-" + topic);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
    KafkaProducer<byte[], byte[]> created =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    try {
      created.initTransactions();
      return created;
    } catch (RuntimeException e) {
      created.close(Duration.ZERO);
      throw e;
    }
  }

  private void closeProducer() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    consumer.wakeup();
    try {
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      closeProducer();
    }
    admin.close(Duration.ofSeconds(5));
  }
}
