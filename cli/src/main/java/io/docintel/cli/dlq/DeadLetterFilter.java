package io.docintel.cli.dlq;

import java.time.Instant;
import java.util.Set;

/**
 * Which dead letters a command looks at; every part is optional (null or empty matches all).
 *
 * @param service only this service's dead letters
 * @param since only those that failed at or after this time
 * @param documentIds only these documents
 * @param errorClass only errors whose class name contains this text
 */
public record DeadLetterFilter(String service, Instant since, Set<String> documentIds, String errorClass) {

  public DeadLetterFilter {
    documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
  }

  public boolean matches(DeadLetterRecord record) {
    return (service == null || service.equals(record.letter().getService()))
        && (since == null || !record.letter().getFailedAt().isBefore(since))
        && (documentIds.isEmpty() || documentIds.contains(record.documentId()))
        && (errorClass == null || record.letter().getErrorClass().contains(errorClass));
  }
}
