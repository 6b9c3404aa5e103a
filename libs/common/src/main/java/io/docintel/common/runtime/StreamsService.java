package io.docintel.common.runtime;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one service's topology: starts Kafka Streams, serves health and metrics, and stops both
 * cleanly. Ready means the Streams state is RUNNING; live means it has not failed for good.
 *
 * <p>Owns the {@link KafkaStreams} it creates and the HTTP endpoints, and the resources handed to
 * it at start (models, clients the topology uses), which it closes after Kafka Streams stops.
 */
public final class StreamsService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

  private final String name;
  private final KafkaStreams streams;
  private final PrometheusMeterRegistry meters;
  private final KafkaStreamsMetrics streamsMetrics;
  private final ServiceHttp.Running http;
  private final CountDownLatch running = new CountDownLatch(1);
  private final List<AutoCloseable> owned;
  private boolean closed;

  private StreamsService(String name, Topology topology, Properties props, PrometheusMeterRegistry meters,
      StreamsUncaughtExceptionHandler threadFailures, ServiceHttp httpSide, List<AutoCloseable> owned) {
    this.name = name;
    this.owned = owned;
    this.meters = meters;
    this.streams = new KafkaStreams(topology, props);
    this.streams.setUncaughtExceptionHandler(threadFailures);
    this.streams.setStateListener((now, before) -> {
      log.info("{}: {} -> {}", name, before, now);
      if (now == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    this.streamsMetrics = new KafkaStreamsMetrics(streams);
    this.streamsMetrics.bindTo(meters);
    this.http = httpSide.start(this);
  }

  /**
   * Starts the topology and the HTTP endpoints and returns at once; {@code threadFailures} decides
   * what happens when a stream thread dies. {@code owned} are closed, in order, after Kafka
   * Streams has stopped.
   */
  public static StreamsService start(String name, Topology topology, Properties props,
      PrometheusMeterRegistry meters, StreamsUncaughtExceptionHandler threadFailures, ServiceHttp httpSide,
      AutoCloseable... owned) {
    StreamsService service = new StreamsService(name, topology, props, meters, threadFailures, httpSide,
        List.of(owned));
    service.streams.start();
    return service;
  }

  /** Waits until Kafka Streams reaches RUNNING; false on timeout. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean ready() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  public boolean live() {
    KafkaStreams.State state = streams.state();
    return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING;
  }

  /**
   * A state store for interactive queries, such as a global table the service materialized.
   * Throws {@code InvalidStateStoreException} while the store is not queryable yet.
   */
  public <T> T store(StoreQueryParameters<T> query) {
    return streams.store(query);
  }

  /** Port of the health and metrics endpoints. */
  public int httpPort() {
    return http.port();
  }

  public String name() {
    return name;
  }

  public PrometheusMeterRegistry meters() {
    return meters;
  }

  /**
   * Stops Kafka Streams (committing what it processed, and leaving the consumer group so that the
   * other instances take its partitions over at once rather than after the session timeout) and
   * the endpoints. Safe to call twice.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Kafka Streams stays in the group on close by default, which only helps static members; these
    // are dynamic, so a restarted instance joins as a new member anyway.
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    streamsMetrics.close();
    http.close();
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("{}: closing {} failed: {}", name, resource.getClass().getSimpleName(), e.toString());
      }
    }
    log.info("{}: stopped", name);
  }
}
