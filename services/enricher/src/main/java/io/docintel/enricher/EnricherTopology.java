package io.docintel.enricher;

import io.docintel.common.topic.Topic;
import io.docintel.enricher.join.EnrichmentJoin;
import io.docintel.enricher.join.JoinMetrics;
import io.docintel.enricher.join.JoinPolicy;
import io.docintel.schemas.Classification;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code docintel.documents.normalized.v1} (tenant, event time, language, hash, metadata) +
 * {@code docintel.extractions.v1} + {@code docintel.classifications.v1} +
 * {@code docintel.summaries.v1} → {@code docintel.enriched.v1}: one {@link EnrichedDocument}
 * per document id and revision, joined by {@link EnrichmentJoin} under the {@link JoinPolicy}. All five
 * topics must have the same partition count (keys are document ids), as the join is local to a
 * partition.
 */
public final class EnricherTopology {

  /** Name of the join processor; it appears in dead letters' stage. */
  public static final String ENRICH = "enrich";

  private EnricherTopology() {}

  /**
   * The join's partial state is an {@link EnrichedDocument}, written to its store and changelog
   * with the enriched topic's value serde.
   */
  public static Topology build(Topic<String, NormalizedDocument> normalized, Topic<String, Extraction> extractions,
      Topic<String, Classification> classifications, Topic<String, Summary> summaries,
      Topic<String, EnrichedDocument> enriched, JoinPolicy policy, JoinMetrics metrics) {
    Topology topology = new Topology();
    String[] sources = {source(topology, normalized), source(topology, extractions),
        source(topology, classifications), source(topology, summaries)};
    topology.addProcessor(ENRICH, () -> new EnrichmentJoin(policy, metrics), sources);
    Serde<EnrichedDocument> stateSerde = enriched.valueSerde();
    topology.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EnrichmentJoin.PENDING_STORE), Serdes.String(), stateSerde), ENRICH);
    topology.addStateStore(Stores.timestampedKeyValueStoreBuilder(
        Stores.persistentTimestampedKeyValueStore(EnrichmentJoin.EMITTED_STORE), Serdes.String(), Serdes.Long()), ENRICH);
    topology.addSink("write-" + enriched.name(), enriched.name(), enriched.keySerde().serializer(),
        enriched.valueSerde().serializer(), ENRICH);
    return topology;
  }

  private static String source(Topology topology, Topic<String, ?> topic) {
    String name = "read-" + topic.name();
    topology.addSource(name, topic.keySerde().deserializer(), topic.valueSerde().deserializer(), topic.name());
    return name;
  }
}
