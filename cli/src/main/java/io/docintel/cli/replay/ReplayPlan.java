package io.docintel.cli.replay;

import io.docintel.schemas.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents a replay re-posts and under which revision: of the documents posted (record
 * timestamp) in {@code [from, to)}, optionally only some ids, each once, as its latest copy with
 * the revision raised one above the highest that id has anywhere in the topic. Results of the new
 * revision are new records; the original ones stay as they are.
 */
public final class ReplayPlan {

  private ReplayPlan() {}

  /** One record of {@code docintel.documents.v1}: its value and when it was written. */
  public record Posted(Document document, Instant timestamp) {}

  /**
   * The documents to re-post, in the order they were first posted. {@code to} may be null (no
   * end), {@code ids} empty (every id).
   */
  public static List<Document> of(List<Posted> topic, Instant from, Instant to, Set<String> ids) {
    Map<String, Long> highestRevision = new LinkedHashMap<>();
    Map<String, Document> latestInRange = new LinkedHashMap<>();
    for (Posted posted : topic) {
      Document document = posted.document();
      highestRevision.merge(document.getId(), document.getRevision(), Math::max);
      boolean inRange = !posted.timestamp().isBefore(from) && (to == null || posted.timestamp().isBefore(to));
      if (inRange && (ids.isEmpty() || ids.contains(document.getId()))) {
        latestInRange.put(document.getId(), document);
      }
    }
    List<Document> plan = new ArrayList<>();
    for (Document document : latestInRange.values()) {
      plan.add(Document.newBuilder(document).setRevision(highestRevision.get(document.getId()) + 1).build());
    }
    return plan;
  }
}
