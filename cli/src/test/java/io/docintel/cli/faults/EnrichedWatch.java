package io.docintel.cli.faults;

import io.docintel.common.topic.Topic;
import io.docintel.common.topic.TopicReader;
import io.docintel.schemas.EnrichedDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Follows {@code docintel.enriched.v1} (committed records, from the beginning) for a drill: how
 * many enriched records have come out, and which. Read on the caller's thread, while it waits.
 */
final class EnrichedWatch implements AutoCloseable {

  private final TopicReader<String, EnrichedDocument> reader;
  private final List<EnrichedDocument> seen = new ArrayList<>();

  EnrichedWatch(Map<String, Object> kafka, Topic<String, EnrichedDocument> enriched) {
    this.reader = new TopicReader<>(kafka, enriched);
  }

  /** The enriched records read so far. */
  List<EnrichedDocument> seen() {
    return List.copyOf(seen);
  }

  /** Reads until at least {@code count} enriched records have come out in all; fails on timeout. */
  void awaitCount(int count, Duration timeout) {
    awaitUntil(records -> records.size() >= count, timeout, "at least " + count + " enriched records");
  }

  /** Reads until every one of {@code ids} has an enriched record; fails on timeout, naming how many lack one. */
  void awaitIds(Collection<String> ids, Duration timeout) {
    awaitUntil(records -> missing(ids).isEmpty(), timeout, "an enriched record for each of " + ids.size()
        + " documents");
  }

  private Set<String> missing(Collection<String> ids) {
    Set<String> missing = new HashSet<>(ids);
    seen.forEach(record -> missing.remove(record.getDocumentId()));
    return missing;
  }

  private void awaitUntil(Predicate<List<EnrichedDocument>> done, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(seen)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no " + what + " within " + timeout + ": " + seen.size() + " came out");
      }
      reader.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
    }
  }

  @Override
  public void close() {
    reader.close();
  }
}
