package io.docintel.enricher.join;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enricher's meters: records emitted (tag {@code complete}), and results that were ignored
 * because the document had already been emitted ({@code late}) or the result was already there
 * ({@code duplicate}), tagged with the result ({@code extraction}, {@code classification},
 * {@code summary}, {@code document}).
 */
public final class JoinMetrics {

  public static final String EMITTED = "docintel.enricher.emitted";
  public static final String LATE = "docintel.enricher.results.late";
  public static final String DUPLICATE = "docintel.enricher.results.duplicate";

  private final MeterRegistry registry;

  public JoinMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void emitted(boolean complete) {
    Counter.builder(EMITTED).description("Enriched records emitted").tag("complete", String.valueOf(complete))
        .register(registry).increment();
  }

  void late(String result) {
    Counter.builder(LATE).description("Results that arrived after their document was emitted, ignored")
        .tag("result", result).register(registry).increment();
  }

  void duplicate(String result) {
    Counter.builder(DUPLICATE).description("Results that arrived twice before emission; the first was kept")
        .tag("result", result).register(registry).increment();
  }
}
