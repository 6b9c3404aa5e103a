package io.docintel.gateway.results;

import io.docintel.gateway.ingest.AcceptedDocuments;
import io.docintel.schemas.DocumentAccepted;
import io.docintel.schemas.EnrichedDocument;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers "what became of document X" for one tenant from the gateway's two global tables. A
 * document of another tenant is reported as absent, so ids do not leak across tenants.
 */
public final class DocumentLookup {

  private final AcceptedDocuments accepted;
  private final Function<String, EnrichedDocument> enriched;

  /** {@code enriched} returns the latest enriched record of an id, or null. */
  public DocumentLookup(AcceptedDocuments accepted, Function<String, EnrichedDocument> enriched) {
    this.accepted = accepted;
    this.enriched = enriched;
  }

  /** The status of {@code id} as {@code tenant} may see it; empty when unknown or not theirs. */
  public Optional<DocumentStatus> find(String tenant, String id) {
    DocumentAccepted acceptance = accepted.find(id).orElse(null);
    EnrichedDocument result = enriched.apply(id);
    String owner = acceptance != null ? acceptance.getTenant() : result != null ? result.getTenant() : null;
    if (owner == null || !owner.equals(tenant)) {
      return Optional.empty();
    }
    return Optional.of(new DocumentStatus(id, owner, acceptance, result));
  }
}
