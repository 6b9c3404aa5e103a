package io.docintel.gateway.results;

import io.docintel.schemas.DocumentAccepted;
import io.docintel.schemas.EnrichedDocument;
import java.time.Instant;

/**
 * What the gateway knows of one document: when it was accepted (null when it came straight
 * through Kafka, not through the gateway) and its enriched record, if there is one yet.
 */
public record DocumentStatus(String id, String tenant, DocumentAccepted accepted, EnrichedDocument enriched) {

  public DocumentState state() {
    if (enriched == null) {
      return DocumentState.PENDING;
    }
    return enriched.getComplete() ? DocumentState.COMPLETE : DocumentState.PARTIAL;
  }

  public Instant acceptedAt() {
    return accepted == null ? null : accepted.getAcceptedAt();
  }
}
