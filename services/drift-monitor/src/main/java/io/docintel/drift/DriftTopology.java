package io.docintel.drift;

import io.docintel.common.topic.Topic;
import io.docintel.drift.observe.Observation;
import io.docintel.drift.observe.Observations;
import io.docintel.drift.report.DriftMeters;
import io.docintel.drift.window.StateSerdes;
import io.docintel.schemas.Classification;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.NormalizedDocument;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code docintel.classifications.v1} and {@code docintel.documents.normalized.v1} →
 * {@code docintel.drift.v1}. Each result becomes an {@link Observation} (numbers only, no text)
 * re-keyed by model and repartitioned so that one task sees all of a model's results; there the
 * {@link DriftProcessor} keeps each model's reference and open event-time windows in state
 * stores (changelogged, so compacted topics back them) and reports every window as it closes.
 * Event time is the record timestamp.
 */
public final class DriftTopology {

  /** Names of the processors that turn results into observations; they appear in dead letters' stage. */
  public static final String OBSERVE_CLASSIFICATIONS = "observe-classifications";
  public static final String OBSERVE_NORMALIZED = "observe-normalized";
  /** Name of the processor that windows and reports. */
  public static final String DRIFT = "drift";

  private DriftTopology() {}

  public static Topology build(Topic<String, Classification> classifications,
      Topic<String, NormalizedDocument> normalized, Topic<String, DriftReport> drift, DriftPolicy policy,
      DriftMeters meters) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DriftProcessor.REFERENCES),
        Serdes.String(), StateSerdes.stats()));
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DriftProcessor.WINDOWS),
        Serdes.String(), StateSerdes.windows()));
    KStream<String, Observation> predictions = builder.stream(classifications.name(), classifications.consumed())
        .map((id, result) -> observed(Observations.of(result)), Named.as(OBSERVE_CLASSIFICATIONS));
    KStream<String, Observation> inputs = builder.stream(normalized.name(), normalized.consumed())
        .map((id, document) -> observed(Observations.of(document)), Named.as(OBSERVE_NORMALIZED));
    predictions.merge(inputs, Named.as("observations"))
        .repartition(Repartitioned.with(Serdes.String(), StateSerdes.observations()).withName("by-model"))
        .process(() -> new DriftProcessor(policy, meters), Named.as(DRIFT),
            DriftProcessor.REFERENCES, DriftProcessor.WINDOWS)
        .to(drift.name(), drift.produced());
    return builder.build();
  }

  private static KeyValue<String, Observation> observed(Observation observation) {
    return KeyValue.pair(observation.key().text(), observation);
  }
}
