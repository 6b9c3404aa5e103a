package io.docintel.gateway.results;

import io.docintel.common.runtime.StreamsService;
import io.docintel.gateway.GatewayTopology;
import io.docintel.schemas.DocumentAccepted;
import io.docintel.schemas.EnrichedDocument;
import java.util.Optional;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The gateway's global tables as its running Kafka Streams instance serves them (interactive
 * queries). Until they have been restored, reads throw {@code InvalidStateStoreException}, which
 * the API answers with 503.
 */
public final class GatewayStores {

  private final StreamsService service;

  public GatewayStores(StreamsService service) {
    this.service = service;
  }

  public Optional<DocumentAccepted> accepted(String id) {
    ReadOnlyKeyValueStore<String, DocumentAccepted> store = service.store(StoreQueryParameters.fromNameAndType(
        GatewayTopology.ACCEPTED_STORE, QueryableStoreTypes.<String, DocumentAccepted>keyValueStore()));
    return Optional.ofNullable(store.get(id));
  }

  public EnrichedDocument enriched(String id) {
    ReadOnlyKeyValueStore<String, EnrichedDocument> store = service.store(StoreQueryParameters.fromNameAndType(
        GatewayTopology.ENRICHED_STORE, QueryableStoreTypes.<String, EnrichedDocument>keyValueStore()));
    return store.get(id);
  }
}
