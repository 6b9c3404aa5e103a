package io.docintel.gateway.ingest;

import io.docintel.schemas.DocumentAccepted;
import java.util.Optional;

/** Looks up what the gateway has accepted, by document id (the gateway's global table). */
@FunctionalInterface
public interface AcceptedDocuments {

  Optional<DocumentAccepted> find(String id);
}
