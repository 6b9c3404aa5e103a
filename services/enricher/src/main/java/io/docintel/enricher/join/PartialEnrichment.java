package io.docintel.enricher.join;

import io.docintel.schemas.Classification;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The pure rules of the join, on the state the enricher keeps per document while it waits. That
 * state is an {@link EnrichedDocument} itself (so its Avro schema serves the state store), read
 * with two conventions while it is pending:
 * <ul>
 *   <li>{@code completedAt} holds when the first record of the document arrived (the timeout
 *       counts from there); it becomes the emission time when the record is emitted;</li>
 *   <li>{@code contentSha256} is empty until the normalized document has arrived (a real hash is
 *       64 hex digits); tenant, language and event time are placeholders until then.</li>
 * </ul>
 * A result that is already present is a duplicate: the first one stays. The state answers one
 * revision of the document (its {@code revision}); which records belong to it is the caller's
 * rule ({@link EnrichmentJoin}).
 */
public final class PartialEnrichment {

  /** Language written when the normalized document never arrived. */
  public static final String UNKNOWN_LANGUAGE = "und";

  private PartialEnrichment() {}

  /** The state of a revision of a document of which nothing has arrived yet, first seen at {@code now}. */
  public static EnrichedDocument empty(String documentId, long revision, Instant now) {
    return EnrichedDocument.newBuilder()
        .setDocumentId(documentId).setRevision(revision).setTenant("").setEventTime(now).setLanguage(UNKNOWN_LANGUAGE)
        .setContentSha256("").setMetadata(Map.of())
        .setExtraction(null).setClassification(null).setSummary(null)
        .setComplete(false).setCompletedAt(now)
        .build();
  }

  /** Whether the state already holds what {@code record} would add. */
  public static boolean holds(EnrichedDocument state, Object record) {
    if (record instanceof NormalizedDocument) {
      return !state.getContentSha256().isEmpty();
    }
    return present(state, kindOf(record));
  }

  /** The state with {@code record} added; the caller checks {@link #holds} first. */
  public static EnrichedDocument add(EnrichedDocument state, Object record) {
    EnrichedDocument.Builder next = EnrichedDocument.newBuilder(state);
    if (record instanceof NormalizedDocument document) {
      next.setTenant(document.getTenant()).setEventTime(document.getEventTime())
          .setLanguage(document.getLanguage()).setContentSha256(document.getContentSha256())
          .setMetadata(document.getMetadata());
    } else if (record instanceof Extraction extraction) {
      next.setExtraction(extraction);
    } else if (record instanceof Classification classification) {
      next.setClassification(classification);
    } else if (record instanceof Summary summary) {
      next.setSummary(summary);
    } else {
      throw unknown(record);
    }
    return next.build();
  }

  /** True when the normalized document and every {@code required} result are there. */
  public static boolean complete(EnrichedDocument state, Set<ResultKind> required) {
    if (state.getContentSha256().isEmpty()) {
      return false;
    }
    return required.stream().allMatch(kind -> present(state, kind));
  }

  private static boolean present(EnrichedDocument state, ResultKind kind) {
    return switch (kind) {
      case EXTRACTION -> state.getExtraction() != null;
      case CLASSIFICATION -> state.getClassification() != null;
      case SUMMARY -> state.getSummary() != null;
    };
  }

  /** When the first record of the document arrived. */
  public static Instant firstSeen(EnrichedDocument state) {
    return state.getCompletedAt();
  }

  /** The record to emit at {@code now}: {@code complete} set by {@link #complete}, emission time stamped. */
  public static EnrichedDocument finish(EnrichedDocument state, Set<ResultKind> required, Instant now) {
    return EnrichedDocument.newBuilder(state).setComplete(complete(state, required)).setCompletedAt(now).build();
  }

  /** The revision of the document that {@code record} answers. */
  public static long revisionOf(Object record) {
    if (record instanceof NormalizedDocument document) {
      return document.getRevision();
    }
    if (record instanceof Extraction extraction) {
      return extraction.getRevision();
    }
    if (record instanceof Classification classification) {
      return classification.getRevision();
    }
    if (record instanceof Summary summary) {
      return summary.getRevision();
    }
    throw unknown(record);
  }

  /** The kind of a result record; the normalized document is not a result and has none. */
  public static ResultKind kindOf(Object record) {
    if (record instanceof Extraction) {
      return ResultKind.EXTRACTION;
    }
    if (record instanceof Classification) {
      return ResultKind.CLASSIFICATION;
    }
    if (record instanceof Summary) {
      return ResultKind.SUMMARY;
    }
    throw unknown(record);
  }

  /** Metric tag of a record: its result kind, or {@code document} for the normalized document. */
  public static String tagOf(Object record) {
    return record instanceof NormalizedDocument ? "document" : kindOf(record).tag();
  }

  private static IllegalArgumentException unknown(Object record) {
    return new IllegalArgumentException("the enricher cannot join a "
        + (record == null ? "null value" : record.getClass().getName()));
  }
}
