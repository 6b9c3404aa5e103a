package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.gateway.limits.TenantRateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TenantRateLimiterTest {

  @Test
  void aTenantGetsItsBurstThenAWaitOthersAreUnaffected() {
    TenantRateLimiter limiter = new TenantRateLimiter(3);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("alpha")).isEmpty();
    }
    assertThat(limiter.tryAcquire("alpha")).hasValueSatisfying(wait ->
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    assertThat(limiter.tryAcquire("bravo")).isEmpty();
  }

  @Test
  void zeroTurnsTheLimitOff() {
    TenantRateLimiter off = new TenantRateLimiter(0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(off.tryAcquire("alpha")).isEmpty();
    }
    assertThat(off.perMinute()).isZero();
  }
}
