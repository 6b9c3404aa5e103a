package io.docintel.cli.audit;

import io.docintel.enricher.join.ResultKind;
import java.util.Set;

/**
 * A record of {@code docintel.enriched.v1} as the audit sees it: which document revision it
 * answers, whether the enricher marked it complete, whether the normalized document was part of
 * it, and which results it holds.
 */
public record EnrichedFact(DocumentRevision document, boolean complete, boolean normalized, Set<ResultKind> results) {

  public EnrichedFact {
    results = Set.copyOf(results);
  }
}
