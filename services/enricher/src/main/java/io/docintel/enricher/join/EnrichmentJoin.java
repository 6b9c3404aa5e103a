package io.docintel.enricher.join;

import io.docintel.schemas.EnrichedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins one revision of a document (its normalized document and results, arriving on several
 * topics in any order) into one {@link EnrichedDocument}. Partial state waits in
 * {@link #PENDING_STORE}, one per document id; the record is forwarded once, as soon as it is
 * complete (per {@link JoinPolicy}) or, incomplete, when the timeout has passed (a wall-clock
 * punctuator checks), and the partial state is then deleted.
 *
 * <p>Revisions: a record of a higher revision than the one being joined drops that partial state
 * (counted as superseded) and starts a fresh join; a record of an older revision than the one
 * being joined, or than the one last emitted, is ignored and counted as stale. The revision last
 * emitted per document id stays in {@link #EMITTED_STORE} (stamped with the emission time) for
 * the policy's retention: a result of that same revision is late, ignored and counted; after the
 * retention it would start a new partial record, which the timeout would emit, incomplete, a
 * second time.
 *
 * <p>Both stores are changelogged, so with exactly-once processing a restart neither loses
 * partial state nor emits twice.
 */
public final class EnrichmentJoin implements Processor<String, Object, String, EnrichedDocument> {

  public static final String PENDING_STORE = "enricher-pending";
  public static final String EMITTED_STORE = "enricher-emitted-revisions";

  private static final Logger log = LoggerFactory.getLogger(EnrichmentJoin.class);

  private final JoinPolicy policy;
  private final JoinMetrics metrics;
  private ProcessorContext<String, EnrichedDocument> context;
  private KeyValueStore<String, EnrichedDocument> pending;
  private TimestampedKeyValueStore<String, Long> emitted;

  public EnrichmentJoin(JoinPolicy policy, JoinMetrics metrics) {
    this.policy = policy;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedDocument> context) {
    this.context = context;
    this.pending = context.getStateStore(PENDING_STORE);
    this.emitted = context.getStateStore(EMITTED_STORE);
    context.schedule(policy.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::expire);
  }

  @Override
  public void process(Record<String, Object> record) {
    String id = record.key();
    if (id == null) {
      throw new IllegalArgumentException("a record without a document id cannot be joined");
    }
    Object value = record.value();
    String tag = PartialEnrichment.tagOf(value);
    long revision = PartialEnrichment.revisionOf(value);
    EnrichedDocument state = stateFor(id, revision, tag);
    if (state == null) {
      return;
    }
    if (PartialEnrichment.holds(state, value)) {
      metrics.duplicate(tag);
      log.debug("document {} revision {}: {} arrived twice; the first is kept", id, revision, tag);
      return;
    }
    state = PartialEnrichment.add(state, value);
    if (PartialEnrichment.complete(state, policy.required())) {
      emit(id, state, record.timestamp());
    } else {
      pending.put(id, state);
    }
  }

  /** The partial state {@code revision} of document {@code id} joins into, or null when the record is ignored. */
  private EnrichedDocument stateFor(String id, long revision, String tag) {
    EnrichedDocument state = pending.get(id);
    if (state != null) {
      if (revision < state.getRevision()) {
        metrics.stale(tag);
        log.debug("document {}: {} of revision {} arrived while revision {} is joined; ignored", id, tag, revision,
            state.getRevision());
        return null;
      }
      if (revision == state.getRevision()) {
        return state;
      }
      metrics.superseded();
      log.debug("document {}: revision {} supersedes the partial join of revision {}", id, revision,
          state.getRevision());
      return PartialEnrichment.empty(id, revision, now());
    }
    ValueAndTimestamp<Long> last = emitted.get(id);
    if (last != null && revision <= last.value()) {
      if (revision == last.value()) {
        metrics.late(tag);
        log.debug("document {} revision {}: {} arrived after the enriched record was emitted; ignored", id, revision,
            tag);
      } else {
        metrics.stale(tag);
        log.debug("document {}: {} of revision {} arrived after revision {} was emitted; ignored", id, tag, revision,
            last.value());
      }
      return null;
    }
    return PartialEnrichment.empty(id, revision, now());
  }

  /** Emits, incomplete, what has waited longer than the timeout; forgets long-emitted ids. */
  private void expire(long nowMillis) {
    long deadline = nowMillis - policy.timeout().toMillis();
    List<KeyValue<String, EnrichedDocument>> due = new ArrayList<>();
    try (KeyValueIterator<String, EnrichedDocument> all = pending.all()) {
      all.forEachRemaining(entry -> {
        if (PartialEnrichment.firstSeen(entry.value).toEpochMilli() <= deadline) {
          due.add(entry);
        }
      });
    }
    due.forEach(entry -> emit(entry.key, entry.value, nowMillis));
    long forgetBefore = nowMillis - policy.emittedRetention().toMillis();
    List<String> forget = new ArrayList<>();
    try (KeyValueIterator<String, ValueAndTimestamp<Long>> all = emitted.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value.timestamp() < forgetBefore) {
          forget.add(entry.key);
        }
      });
    }
    forget.forEach(emitted::delete);
  }

  private void emit(String id, EnrichedDocument state, long timestamp) {
    Instant now = now();
    EnrichedDocument record = PartialEnrichment.finish(state, policy.required(), now);
    context.forward(new Record<>(id, record, timestamp));
    pending.delete(id);
    emitted.put(id, ValueAndTimestamp.make(record.getRevision(), now.toEpochMilli()));
    metrics.emitted(record.getComplete());
    log.debug("document {} revision {}: emitted, complete={}", id, record.getRevision(), record.getComplete());
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }
}
