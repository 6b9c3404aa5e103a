package io.docintel.cli.audit;

import java.time.Duration;

/**
 * Decides when reading has settled: the reader has caught up with every partition and the number
 * of records read has not changed for the settle time. Pure; times are {@code System.nanoTime()}
 * readings handed in.
 */
final class Settling {

  private final long settleNanos;
  private long lastCount = -1;
  private long unchangedSince;

  Settling(Duration settle) {
    this.settleNanos = settle.toNanos();
  }

  /** Whether, having read {@code count} records so far and {@code caughtUp} or not, reading is done. */
  boolean settled(long count, boolean caughtUp, long nowNanos) {
    if (count != lastCount || !caughtUp) {
      lastCount = count;
      unchangedSince = nowNanos;
      return false;
    }
    return nowNanos - unchangedSince >= settleNanos;
  }
}
