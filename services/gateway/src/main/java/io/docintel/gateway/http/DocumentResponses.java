package io.docintel.gateway.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docintel.gateway.ingest.Ingestion;
import io.docintel.gateway.results.AvroJson;
import io.docintel.gateway.results.DocumentState;
import io.docintel.gateway.results.DocumentStatus;
import io.docintel.schemas.EnrichedDocument;

/** The JSON bodies of the document routes; shapes as {@code /openapi.json} describes them. */
final class DocumentResponses {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentResponses() {}

  static String location(String id) {
    return "/v1/documents/" + id;
  }

  /** The answer to a post: the id, where to look, and whether this was a retry. */
  static ObjectNode accepted(Ingestion.Outcome outcome) {
    ObjectNode body = NODES.objectNode()
        .put("id", outcome.id())
        .put("status", DocumentState.PENDING.json())
        .put("acceptedAt", outcome.acceptedAt().toString())
        .put("replayed", outcome.replayed());
    body.putObject("links")
        .put("self", location(outcome.id()))
        .put("status", location(outcome.id()) + "/status");
    return body;
  }

  /** A document's status, without the result itself. */
  static ObjectNode status(DocumentStatus status) {
    ObjectNode body = NODES.objectNode()
        .put("id", status.id())
        .put("status", status.state().json());
    body.put("acceptedAt", status.acceptedAt() == null ? null : status.acceptedAt().toString());
    EnrichedDocument enriched = status.enriched();
    if (enriched != null) {
      body.put("revision", enriched.getRevision());
      body.put("completedAt", enriched.getCompletedAt().toString());
    }
    return body;
  }

  /** A document's status with its enriched record under {@code result}. */
  static ObjectNode result(DocumentStatus status) {
    ObjectNode body = status(status);
    body.set("result", AvroJson.of(status.enriched()));
    return body;
  }
}
