package io.docintel.gateway.ingest;

import io.docintel.gateway.GatewayProblem;
import io.docintel.schemas.Document;
import io.docintel.schemas.DocumentAccepted;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a post into a published document: checks the size limit, assigns the id, and, when the
 * post carries an {@code Idempotency-Key} already seen for that tenant, answers with the existing
 * document instead of publishing a second one.
 *
 * <p>A retry is recognised through the accepted-documents table, and, for the moment between a
 * commit and that table catching up, through the ids this instance published recently. Check and
 * publish happen under one lock, so two retries racing on one instance publish once; retries spread
 * over several instances within that moment are the one window left (route by key to close it).
 */
public final class Ingestion {

  private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
  private static final int RECENT_LIMIT = 10_000;

  private final Publisher publisher;
  private final AcceptedDocuments accepted;
  private final long maxDocumentBytes;
  private final Clock clock;
  private final Map<String, DocumentAccepted> recent = new ConcurrentHashMap<>();

  public Ingestion(Publisher publisher, AcceptedDocuments accepted, long maxDocumentBytes, Clock clock) {
    this.publisher = publisher;
    this.accepted = accepted;
    this.maxDocumentBytes = maxDocumentBytes;
    this.clock = clock;
  }

  /** What a post resulted in: the document's id, and whether an earlier post already created it. */
  public record Outcome(String id, boolean replayed, Instant acceptedAt) {}

  /** Accepts {@code posted} for {@code tenant}; {@code idempotencyKey} may be null. */
  public Outcome accept(String tenant, String idempotencyKey, PostedDocument posted) {
    if (posted.sizeBytes() > maxDocumentBytes) {
      throw GatewayProblem.tooLarge(posted.sizeBytes(), maxDocumentBytes);
    }
    String id = DocumentIds.forPost(tenant, idempotencyKey);
    synchronized (this) {
      Optional<DocumentAccepted> earlier = earlier(id);
      if (earlier.isPresent()) {
        log.info("document {} of tenant {}: idempotent retry, not published again", id, tenant);
        return new Outcome(id, true, earlier.get().getAcceptedAt());
      }
      Instant now = clock.instant();
      DocumentAccepted acceptance = new DocumentAccepted(id, tenant, idempotencyKey, now, posted.sizeBytes());
      publisher.publish(document(id, tenant, now, posted), acceptance);
      if (idempotencyKey != null) {
        remember(acceptance);
      }
      log.info("document {} of tenant {} accepted ({} bytes)", id, tenant, posted.sizeBytes());
      return new Outcome(id, false, now);
    }
  }

  private Optional<DocumentAccepted> earlier(String id) {
    DocumentAccepted local = recent.get(id);
    return local != null ? Optional.of(local) : accepted.find(id);
  }

  private void remember(DocumentAccepted acceptance) {
    if (recent.size() >= RECENT_LIMIT) {
      recent.keySet().removeIf(id -> accepted.find(id).isPresent());
      if (recent.size() >= RECENT_LIMIT) {
        recent.clear();
      }
    }
    recent.put(acceptance.getId(), acceptance);
  }

  private static Document document(String id, String tenant, Instant now, PostedDocument posted) {
    return Document.newBuilder()
        .setId(id)
        .setTenant(tenant)
        .setSource(posted.source())
        .setContent(posted.content())
        .setMetadata(posted.metadata())
        .setEventTime(now)
        .build();
  }
}
