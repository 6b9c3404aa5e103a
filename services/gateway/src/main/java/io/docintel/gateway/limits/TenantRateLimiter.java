package io.docintel.gateway.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant posting limit: a token bucket per tenant holding {@code perMinute} tokens, refilled
 * steadily over each minute (Bucket4j). A tenant that has used its tokens is told how long to wait.
 */
public final class TenantRateLimiter {

  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** {@code perMinute} of 0 or less turns limiting off. */
  public TenantRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Takes one token of {@code tenant}'s; empty when allowed, else how long until one is free. */
  public Optional<Duration> tryAcquire(String tenant) {
    if (perMinute <= 0) {
      return Optional.empty();
    }
    Bucket bucket = buckets.computeIfAbsent(tenant, t -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Documents per minute per tenant; 0 when off. */
  public int perMinute() {
    return Math.max(perMinute, 0);
  }
}
