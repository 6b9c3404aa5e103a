package io.docintel.common.runtime;

import io.docintel.common.retry.Backoff;
import io.docintel.common.retry.TransientFailures;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service does when a stream thread dies: waits out a {@link Backoff}, counts the retry
 * ({@value #METRIC}, tagged {@code service} and {@code reason}: {@code transient} for a failure
 * such as an unreachable schema registry, {@code error} for anything else), and replaces the
 * thread. Under exactly-once the dead thread's open transaction is aborted, so its tasks start
 * again from their last commit: nothing is lost, nothing is written twice.
 */
public final class StreamThreadRestarts implements StreamsUncaughtExceptionHandler {

  /** Counter of stream threads replaced after a failure. */
  public static final String METRIC = "docintel.retries";

  private static final Logger log = LoggerFactory.getLogger(StreamThreadRestarts.class);

  /** Waits; {@code Thread::sleep} in production. */
  @FunctionalInterface
  interface Pause {
    void sleep(long millis) throws InterruptedException;
  }

  private final String service;
  private final Backoff backoff;
  private final MeterRegistry meters;
  private final Pause pause;
  private final LongSupplier nanoTime;

  public StreamThreadRestarts(String service, Backoff backoff, MeterRegistry meters) {
    this(service, backoff, meters, Thread::sleep, System::nanoTime);
  }

  StreamThreadRestarts(String service, Backoff backoff, MeterRegistry meters, Pause pause, LongSupplier nanoTime) {
    this.service = service;
    this.backoff = backoff;
    this.meters = meters;
    this.pause = pause;
    this.nanoTime = nanoTime;
  }

  @Override
  public StreamThreadExceptionResponse handle(Throwable error) {
    Optional<Throwable> transientCause = TransientFailures.transientCause(error);
    boolean transientFailure = transientCause.isPresent();
    Duration wait = backoff.next(nanoTime.getAsLong());
    if (transientFailure) {
      log.warn("{}: a stream thread stopped on a transient failure; replacing it in {} ms, and its tasks resume "
          + "from their last commit: {}", service, wait.toMillis(), transientCause.get().getMessage());
    } else {
      log.error("{}: a stream thread died; replacing it in {} ms", service, wait.toMillis(), error);
    }
    meters.counter(METRIC, "service", service, "reason", transientFailure ? "transient" : "error").increment();
    try {
      pause.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      // Kafka Streams is closing: replacing is then a no-op, and the interrupt is kept for it.
      Thread.currentThread().interrupt();
    }
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }
}
