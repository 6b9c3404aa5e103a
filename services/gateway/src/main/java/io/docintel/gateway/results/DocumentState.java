package io.docintel.gateway.results;

/** Where an accepted document is on its way through docintel. */
public enum DocumentState {
  /** Accepted and published; no enriched record yet. */
  PENDING,
  /** Enriched with every configured result. */
  COMPLETE,
  /** Enriched after the enricher's timeout, without some results (see the dead-letter topics). */
  PARTIAL;

  /** The lower-case name used in JSON. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
