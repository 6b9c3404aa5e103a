package io.docintel.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.registry.SchemaRegistryUnavailableException;
import io.docintel.common.retry.Backoff;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

/** {@link StreamThreadRestarts} with its pauses recorded instead of slept. */
class StreamThreadRestartsTest {

  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final List<Long> pauses = new ArrayList<>();

  @Test
  void replacesTheThreadAfterAGrowingPauseAndCountsTransientFailuresApart() {
    long[] now = {0};
    StreamThreadRestarts restarts = new StreamThreadRestarts("normalizer",
        new Backoff(Duration.ofMillis(100), Duration.ofMillis(350)), meters, pauses::add, () -> now[0]);
    Throwable unreachable = new StreamsException("Deserialization exception handler is set to fail",
        new SerializationException("cannot fetch schema id 3",
            new SchemaRegistryUnavailableException("no schema registry answered", new ConnectException("refused"))));

    for (int i = 0; i < 4; i++) {
      assertThat(restarts.handle(unreachable)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      now[0] += 1_000_000_000L;
    }
    assertThat(restarts.handle(new IllegalStateException("a bug"))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);

    assertThat(pauses).containsExactly(100L, 200L, 350L, 350L, 350L);
    assertThat(count("transient")).isEqualTo(4);
    assertThat(count("error")).isEqualTo(1);
  }

  private double count(String reason) {
    var counter = meters.find(StreamThreadRestarts.METRIC).tag("service", "normalizer").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }
}
