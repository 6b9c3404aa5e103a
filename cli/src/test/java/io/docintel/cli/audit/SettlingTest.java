package io.docintel.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Settling} with hand-fed clock readings. */
class SettlingTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void settlesOnceCaughtUpAndUnchangedForTheSettleTime() {
    Settling settling = new Settling(Duration.ofSeconds(3));
    assertThat(settling.settled(10, true, 0)).isFalse();
    assertThat(settling.settled(10, true, 2 * SECOND)).isFalse();
    assertThat(settling.settled(10, true, 3 * SECOND)).isTrue();
  }

  @Test
  void aNewRecordOrFallingBehindStartsTheWaitAgain() {
    Settling settling = new Settling(Duration.ofSeconds(3));
    settling.settled(10, true, 0);
    assertThat(settling.settled(11, true, 2 * SECOND)).isFalse();
    assertThat(settling.settled(11, true, 4 * SECOND)).isFalse();
    assertThat(settling.settled(11, false, 5 * SECOND)).isFalse();
    assertThat(settling.settled(11, true, 7 * SECOND)).isFalse();
    assertThat(settling.settled(11, true, 8 * SECOND)).isTrue();
  }
}
