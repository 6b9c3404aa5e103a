package io.docintel.enricher.join;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enricher's meters: records emitted (tag {@code complete}); results that were ignored
 * because their revision of the document had already been emitted ({@code late}), the result was
 * already there ({@code duplicate}) or they answer an older revision than the one joined or
 * emitted ({@code stale}), tagged with the result ({@code extraction}, {@code classification},
 * {@code summary}, {@code document}); and partial joins dropped for a newer revision
 * ({@code superseded}).
 */
public final class JoinMetrics {

  public static final String EMITTED = "docintel.enricher.emitted";
  public static final String LATE = "docintel.enricher.results.late";
  public static final String DUPLICATE = "docintel.enricher.results.duplicate";
  public static final String STALE = "docintel.enricher.results.stale";
  public static final String SUPERSEDED = "docintel.enricher.superseded";

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

  void stale(String result) {
    Counter.builder(STALE).description("Results of an older revision than the one joined or emitted, ignored")
        .tag("result", result).register(registry).increment();
  }

  void superseded() {
    Counter.builder(SUPERSEDED).description("Partial joins dropped because a newer revision of the document arrived")
        .register(registry).increment();
  }

  void duplicate(String result) {
    Counter.builder(DUPLICATE).description("Results that arrived twice before emission; the first was kept")
        .tag("result", result).register(registry).increment();
  }
}
