package io.docintel.cli.bench.e2e;

import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one document's time went through the stack, in milliseconds after it was posted: when each
 * model service started on it and how long it took (of which model inference), read from the
 * provenance of the enriched record, then when the enricher emitted that record and when the
 * benchmark read it. A late start means the document waited (for the normalizer, a commit or a
 * busy stream thread); a long step means the work itself was long.
 */
public record DocumentTimeline(String source, double latencyMs, List<Step> steps, long enrichedAfterMs) {

  /** One service's work on the document. */
  public record Step(String service, long startedAfterMs, long processingMs, long inferenceMs) {}

  public static DocumentTimeline of(String source, long postedAtMs, double latencyMs, EnrichedDocument record) {
    List<Step> steps = new ArrayList<>();
    if (record.getExtraction() != null) {
      steps.add(step(record.getExtraction().getProvenance(), postedAtMs));
    }
    if (record.getClassification() != null) {
      steps.add(step(record.getClassification().getProvenance(), postedAtMs));
    }
    if (record.getSummary() != null) {
      steps.add(step(record.getSummary().getProvenance(), postedAtMs));
    }
    return new DocumentTimeline(source, latencyMs, steps, record.getCompletedAt().toEpochMilli() - postedAtMs);
  }

  private static Step step(Provenance provenance, long postedAtMs) {
    return new Step(provenance.getService(), provenance.getStartedAt().toEpochMilli() - postedAtMs,
        provenance.getProcessingMillis(), provenance.getInferenceMillis());
  }

  /** The {@code n} slowest of {@code timelines}, slowest first. */
  public static List<DocumentTimeline> slowest(List<DocumentTimeline> timelines, int n) {
    return timelines.stream().sorted(Comparator.comparingDouble(DocumentTimeline::latencyMs).reversed())
        .limit(n).toList();
  }
}
