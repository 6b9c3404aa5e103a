package io.docintel.gateway;

import io.docintel.common.topic.Topic;
import io.docintel.schemas.DocumentAccepted;
import io.docintel.schemas.EnrichedDocument;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The gateway's read side: two global tables every instance holds in full, so any instance can
 * answer for any document without forwarding the request.
 *
 * <ul>
 *   <li>{@value #ACCEPTED_STORE} from {@code docintel.gateway.accepted.v1}: what was accepted,
 *       when and for which tenant; a document there but not yet enriched is pending.
 *   <li>{@value #ENRICHED_STORE} from {@code docintel.enriched.v1}: the latest enriched record
 *       per document (a replay's higher revision replaces the earlier one).
 * </ul>
 */
public final class GatewayTopology {

  public static final String ACCEPTED_STORE = "gateway-accepted";
  public static final String ENRICHED_STORE = "gateway-enriched";

  private GatewayTopology() {}

  public static Topology build(Topic<String, DocumentAccepted> accepted, Topic<String, EnrichedDocument> enriched) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.globalTable(accepted.name(), accepted.consumed(),
        Materialized.<String, DocumentAccepted, KeyValueStore<Bytes, byte[]>>as(ACCEPTED_STORE)
            .withKeySerde(accepted.keySerde()).withValueSerde(accepted.valueSerde()));
    builder.globalTable(enriched.name(), enriched.consumed(),
        Materialized.<String, EnrichedDocument, KeyValueStore<Bytes, byte[]>>as(ENRICHED_STORE)
            .withKeySerde(enriched.keySerde()).withValueSerde(enriched.valueSerde()));
    return builder.build();
  }
}
