package io.docintel.cli.bench.e2e;

import java.util.Locale;
import java.util.Random;

/**
 * When each document of an open-loop load is posted, as offsets from the start: {@code uniform}
 * (one every 1/rate s) or {@code poisson} (independent arrivals at that mean rate: exponential
 * gaps, seeded, so runs repeat). Poisson is the usual model of requests from many independent
 * producers and the harder one for latency, since arrivals bunch up; {@link #ALL_AT_ONCE} is the
 * closed loop's "everything now".
 */
public record Arrivals(String kind, double rate, long seed) {

  public static final Arrivals ALL_AT_ONCE = new Arrivals("all-at-once", 0, 0);

  public Arrivals {
    if (!kind.equals("uniform") && !kind.equals("poisson") && !kind.equals("all-at-once")) {
      throw new IllegalArgumentException("arrivals are uniform or poisson, not " + kind);
    }
  }

  public static Arrivals of(String kind, double rate, long seed) {
    return new Arrivals(kind.trim().toLowerCase(Locale.ROOT), rate, seed);
  }

  /** The post time of each of {@code count} documents, in nanoseconds from the start, non-decreasing. */
  public long[] offsetsNanos(int count) {
    long[] offsets = new long[count];
    Random random = new Random(seed);
    double at = 0;
    for (int i = 0; i < count; i++) {
      switch (kind) {
        case "uniform" -> at = i / rate;
        case "poisson" -> at += i == 0 ? 0 : -Math.log(1 - random.nextDouble()) / rate;
        default -> at = 0;
      }
      offsets[i] = (long) (at * 1e9);
    }
    return offsets;
  }
}
