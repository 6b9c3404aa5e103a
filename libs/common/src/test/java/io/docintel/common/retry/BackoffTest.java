package io.docintel.common.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Backoff} with clock readings handed in. */
class BackoffTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void doublesWithEachFailureInARowUpToTheMaximum() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(backoff.next(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.next(2 * SECOND)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.next(5 * SECOND)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.next(10 * SECOND)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.next(16 * SECOND)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aFailureAfterAQuietMinuteStartsOver() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));
    backoff.next(0);
    assertThat(backoff.next(30 * SECOND)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.next(91 * SECOND)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void theQuietPeriodIsTwiceTheMaximumWhenThatIsLonger() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2));
    backoff.next(0);
    assertThat(backoff.next(200 * SECOND)).as("within 4 minutes: same streak").isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.next(441 * SECOND)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusesPausesThatAreNotPositiveOrAMaximumBelowTheFirst() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
