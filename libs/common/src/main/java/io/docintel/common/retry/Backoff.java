package io.docintel.common.retry;

import java.time.Duration;

/**
 * Exponential backoff for something that keeps failing: the first pause is {@code initial}, each
 * further failure in a row doubles it, up to {@code max}. A failure that comes more than a quiet
 * period after the previous one (a minute, or twice {@code max} if longer) starts a new streak at
 * {@code initial}. Times are {@code System.nanoTime()} readings handed in; thread-safe.
 */
public final class Backoff {

  private static final Duration MIN_QUIET = Duration.ofMinutes(1);

  private final Duration initial;
  private final Duration max;
  private final long quietNanos;
  private int streak;
  private long lastFailure;

  public Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff must be positive and its maximum at least the first pause: "
          + initial + ", " + max);
    }
    this.initial = initial;
    this.max = max;
    Duration twiceMax = max.multipliedBy(2);
    this.quietNanos = (twiceMax.compareTo(MIN_QUIET) > 0 ? twiceMax : MIN_QUIET).toNanos();
  }

  /** Records a failure at {@code nowNanos} and returns how long to pause before the next try. */
  public synchronized Duration next(long nowNanos) {
    if (streak > 0 && nowNanos - lastFailure > quietNanos) {
      streak = 0;
    }
    lastFailure = nowNanos;
    Duration pause = initial;
    for (int i = 0; i < streak && pause.compareTo(max) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    streak++;
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
