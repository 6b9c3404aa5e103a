package io.docintel.drift;

import io.docintel.common.topic.Topic;
import io.docintel.drift.observe.Observation;
import io.docintel.drift.observe.Observations;
import io.docintel.drift.report.DriftMeters;
import io.docintel.drift.window.StateSerdes;
import io.docintel.schemas.Classification;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code docintel.classifications.v1}, {@code docintel.documents.normalized.v1},
 * {@code docintel.extractions.v1} and {@code docintel.feedback.v1} → {@code docintel.drift.v1}.
 *
 * <p>Each result becomes an {@link Observation} (numbers only, no text) re-keyed by model and
 * repartitioned so that one task sees all of a model's results; there the {@link DriftProcessor}
 * keeps each model's reference and open event-time windows in state stores (changelogged, so
 * compacted topics back them; cached, so each is written once per commit; their samples of
 * confidences and embeddings in a store of their own, each written once) and reports every
 * window as it closes. Event time is the record timestamp. Extractions are joined with their
 * document's token count, and label feedback with the document's classification, so these topics
 * must be co-partitioned (as all docintel topics are); the two lookup tables keep a few bytes per
 * document and are never pruned. Reset requests on {@link ReferenceResets#TOPIC} are read into a
 * global store.
 */
public final class DriftTopology {

  /** Names of the processors that turn results into observations; they appear in dead letters' stage. */
  public static final String OBSERVE_CLASSIFICATIONS = "observe-classifications";
  public static final String OBSERVE_NORMALIZED = "observe-normalized";
  public static final String OBSERVE_EXTRACTIONS = "observe-extractions";
  public static final String OBSERVE_FEEDBACK = "observe-feedback";
  /** Store of each classified document's model and top label, by document id. */
  static final String LABELS = "drift-document-labels";
  /** Store of token counts by document id. */
  static final String TOKENS = "drift-document-tokens";
  /** Name of the processor that windows and reports. */
  public static final String DRIFT = "drift";

  private DriftTopology() {}

  public static Topology build(Topic<String, Classification> classifications,
      Topic<String, NormalizedDocument> normalized, Topic<String, Extraction> extractions,
      Topic<String, Feedback> feedback, Topic<String, DriftReport> drift, DriftPolicy policy,
      DriftMeters meters) {
    StreamsBuilder builder = new StreamsBuilder();
    addStores(builder);
    KStream<String, Classification> classified = builder.stream(classifications.name(), classifications.consumed());
    KStream<String, NormalizedDocument> documents = builder.stream(normalized.name(), normalized.consumed());
    classified.map((id, result) -> observed(Observations.of(result)), Named.as(OBSERVE_CLASSIFICATIONS))
        .merge(documents.map((id, document) -> observed(Observations.of(document)), Named.as(OBSERVE_NORMALIZED)),
            Named.as("predictions-and-inputs"))
        .merge(entities(builder, extractions, documents), Named.as("with-entities"))
        .merge(judgedFeedback(builder, feedback, classified), Named.as("all-observations"))
        .repartition(Repartitioned.with(Serdes.String(), StateSerdes.observations()).withName("by-model"))
        .process(() -> new DriftProcessor(policy, meters), Named.as(DRIFT),
            DriftProcessor.REFERENCES, DriftProcessor.WINDOWS, SampleStore.NAME)
        .to(drift.name(), drift.produced());
    return builder.build();
  }

  private static void addStores(StreamsBuilder builder) {
    // Cached: a window or reference updated many times between two commits is written to RocksDB
    // and its changelog once, at the commit. Samples are written once each, so need no cache.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DriftProcessor.REFERENCES),
        Serdes.String(), StateSerdes.references()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DriftProcessor.WINDOWS),
        Serdes.String(), StateSerdes.windows()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SampleStore.NAME),
        Serdes.String(), StateSerdes.samples()));
    builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ReferenceResets.STORE),
            Serdes.String(), Serdes.Long()).withLoggingDisabled(),
        ReferenceResets.TOPIC,
        Consumed.with(Serdes.String(), Serdes.Long()).withName("read-" + ReferenceResets.TOPIC),
        ReferenceResets.StoreUpdater::new);
  }

  /** Extractions with their document's token count, so entities can be counted per 1k tokens. */
  private static KStream<String, Observation> entities(StreamsBuilder builder, Topic<String, Extraction> extractions,
      KStream<String, NormalizedDocument> documents) {
    KTable<String, Integer> tokens = documents
        .mapValues(NormalizedDocument::getTokenCount, Named.as("token-counts"))
        .toTable(Named.as("tokens-by-document"),
            Materialized.<String, Integer, KeyValueStore<Bytes, byte[]>>as(TOKENS)
                .withKeySerde(Serdes.String()).withValueSerde(Serdes.Integer()));
    return builder.stream(extractions.name(), extractions.consumed())
        .leftJoin(tokens, Observations::of, Joined.<String, Extraction, Integer>as("with-token-count")
            .withKeySerde(Serdes.String()).withValueSerde(extractions.valueSerde())
            .withOtherValueSerde(Serdes.Integer()))
        .map((id, observation) -> observed(observation), Named.as(OBSERVE_EXTRACTIONS));
  }

  /** Label feedback judged against, and attributed to, the classification of its document. */
  private static KStream<String, Observation> judgedFeedback(StreamsBuilder builder, Topic<String, Feedback> feedback,
      KStream<String, Classification> classified) {
    KTable<String, Observation> labels = classified
        .mapValues(Observations::predictedLabel, Named.as("predicted-labels"))
        .toTable(Named.as("labels-by-document"),
            Materialized.<String, Observation, KeyValueStore<Bytes, byte[]>>as(LABELS)
                .withKeySerde(Serdes.String()).withValueSerde(StateSerdes.observations()));
    return builder.stream(feedback.name(), feedback.consumed())
        .leftJoin(labels, Observations::of, Joined.<String, Feedback, Observation>as("with-predicted-label")
            .withKeySerde(Serdes.String()).withValueSerde(feedback.valueSerde())
            .withOtherValueSerde(StateSerdes.observations()))
        .filter((id, observation) -> observation != null, Named.as("judgeable-feedback"))
        .map((id, observation) -> observed(observation), Named.as(OBSERVE_FEEDBACK));
  }

  private static KeyValue<String, Observation> observed(Observation observation) {
    return KeyValue.pair(observation.key().text(), observation);
  }
}
