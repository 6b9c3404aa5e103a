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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins one document's normalized document and results, arriving on several topics in any
 * order, into one {@link EnrichedDocument}. Partial state waits in {@link #PENDING_STORE}; the
 * record is forwarded once, as soon as it is complete (per {@link JoinPolicy}) or, incomplete,
 * when the timeout has passed (a wall-clock punctuator checks), and the partial state is then
 * deleted. Emitted document ids stay in {@link #EMITTED_STORE} for the policy's retention: a
 * result for an id in there is late, ignored and counted; after the retention it would start a
 * new partial record, which the timeout would emit, incomplete, a second time.
 *
 * <p>Both stores are changelogged, so with exactly-once processing a restart neither loses
 * partial state nor emits twice.
 */
public final class EnrichmentJoin implements Processor<String, Object, String, EnrichedDocument> {

  public static final String PENDING_STORE = "enricher-pending";
  public static final String EMITTED_STORE = "enricher-emitted";

  private static final Logger log = LoggerFactory.getLogger(EnrichmentJoin.class);

  private final JoinPolicy policy;
  private final JoinMetrics metrics;
  private ProcessorContext<String, EnrichedDocument> context;
  private KeyValueStore<String, EnrichedDocument> pending;
  private KeyValueStore<String, Long> emitted;

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
    if (emitted.get(id) != null) {
      metrics.late(tag);
      log.debug("document {}: {} arrived after the enriched record was emitted; ignored", id, tag);
      return;
    }
    EnrichedDocument state = pending.get(id);
    if (state == null) {
      state = PartialEnrichment.empty(id, now());
    }
    if (PartialEnrichment.holds(state, value)) {
      metrics.duplicate(tag);
      log.debug("document {}: {} arrived twice; the first is kept", id, tag);
      return;
    }
    state = PartialEnrichment.add(state, value);
    if (PartialEnrichment.complete(state, policy.required())) {
      emit(id, state, record.timestamp());
    } else {
      pending.put(id, state);
    }
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
    try (KeyValueIterator<String, Long> all = emitted.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value < forgetBefore) {
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
    emitted.put(id, now.toEpochMilli());
    metrics.emitted(record.getComplete());
    log.debug("document {}: emitted, complete={}", id, record.getComplete());
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }
}
