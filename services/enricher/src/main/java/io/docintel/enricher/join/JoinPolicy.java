package io.docintel.enricher.join;

import java.time.Duration;
import java.util.Set;

/**
 * When the enricher emits: as soon as the normalized document and every {@code required} result
 * are there, or, with what it has, {@code timeout} after the document's first record arrived
 * (checked every {@code checkInterval} of wall-clock time). Documents already emitted are
 * remembered for {@code emittedRetention}, so that a late or repeated result is recognised and
 * ignored rather than starting a second record.
 */
public record JoinPolicy(Set<ResultKind> required, Duration timeout, Duration checkInterval, Duration emittedRetention) {

  public JoinPolicy {
    required = Set.copyOf(required);
    if (required.isEmpty()) {
      throw new IllegalArgumentException("at least one result must be required");
    }
    if (timeout.isNegative() || timeout.isZero() || checkInterval.isNegative() || checkInterval.isZero()
        || emittedRetention.compareTo(timeout) < 0) {
      throw new IllegalArgumentException("timeout and check interval must be positive and the retention of emitted"
          + " ids at least the timeout: " + timeout + ", " + checkInterval + ", " + emittedRetention);
    }
  }
}
