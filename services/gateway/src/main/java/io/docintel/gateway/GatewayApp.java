package io.docintel.gateway;

import io.docintel.common.config.Config;
import io.docintel.common.config.ConfigException;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ClientProperties;
import io.docintel.common.runtime.ServiceHttp;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.StreamsProperties;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.runtime.TopicCreator;
import io.docintel.common.serde.RecordSizeLimit;
import io.docintel.common.topic.TopicNames;
import io.docintel.gateway.auth.ApiKeys;
import io.docintel.gateway.http.GatewayRoutes;
import io.docintel.gateway.http.GatewayServer;
import io.docintel.gateway.ingest.Ingestion;
import io.docintel.gateway.ingest.Publisher;
import io.docintel.gateway.limits.TenantRateLimiter;
import io.docintel.gateway.results.DocumentLookup;
import io.docintel.gateway.results.GatewayStores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's main: config → publisher and global tables → HTTP API on {@code http.port}.
 * Posts go to {@code docintel.documents.v1} (with their acceptance record on the compacted
 * {@code docintel.gateway.accepted.v1}); lookups read the enriched results from
 * {@code docintel.enriched.v1} through Kafka Streams interactive queries.
 */
public final class GatewayApp {

  public static final String SERVICE = "gateway";

  /** Every setting the gateway reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private GatewayApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the gateway from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    ApiKeys apiKeys = config.get(GatewaySettings.API_KEYS);
    long maxBytes = config.get(GatewaySettings.MAX_DOCUMENT_SIZE);
    requireRecordRoom(maxBytes, RecordSizeLimit.maxRecordBytes(StreamsProperties.forService(SERVICE, config)));
    AtomicReference<Publisher> publisher = new AtomicReference<>();
    ServiceHttp http = service -> {
      GatewayStores stores = new GatewayStores(service);
      Ingestion ingestion = new Ingestion(publisher.get(), stores::accepted, maxBytes, Clock.systemUTC());
      DocumentLookup lookup = new DocumentLookup(stores::accepted, stores::enriched);
      GatewayRoutes routes = new GatewayRoutes(ingestion, lookup, apiKeys,
          new TenantRateLimiter(config.get(GatewaySettings.RATE_LIMIT)), maxBytes);
      return GatewayServer.start(service, config.get(ServiceSettings.HTTP_PORT), routes);
    };
    return ServiceLauncher.start(SERVICE, config, List.of(TopicNames.DOCUMENTS, TopicNames.ENRICHED),
        (topics, meters, owned) -> {
          if (config.get(ServiceSettings.CREATE_TOPICS)) {
            TopicCreator.ensureCompacted(ClientProperties.kafka(config), TopicNames.GATEWAY_ACCEPTED,
                config.get(ServiceSettings.TOPIC_PARTITIONS), config.get(ServiceSettings.TOPIC_REPLICATION).shortValue());
          }
          Publisher created = new Publisher(ClientProperties.kafka(config), topics.documents(), topics.accepted(),
              transactionalId(config), maxBytes, config.get(GatewaySettings.PUBLISH_TIMEOUT));
          owned.add(created);
          publisher.set(created);
          return GatewayTopology.build(topics.accepted(), topics.enriched());
        }, http);
  }

  /**
   * Refuses a document size that the topics cannot take: they are created for records of up to the
   * producer's {@code max.request.size}, so a larger document would pass the gateway's own check and
   * then be refused by the broker on every post.
   */
  static void requireRecordRoom(long maxDocumentBytes, long maxRecordBytes) {
    long largestFitting = maxRecordBytes - Publisher.RECORD_ROOM;
    if (maxDocumentBytes > largestFitting) {
      throw new ConfigException(List.of(GatewaySettings.MAX_DOCUMENT_SIZE.envName() + "=" + maxDocumentBytes
          + " bytes is more than the topics take: records are at most " + maxRecordBytes
          + " bytes (the producer's max.request.size) and a document needs " + Publisher.RECORD_ROOM
          + " bytes besides its own; set it to at most " + largestFitting + " bytes, or raise"
          + " DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE on every service"));
    }
  }

  private static String transactionalId(Config config) {
    String instance = config.get(GatewaySettings.INSTANCE_ID);
    return "docintel-gateway-" + (instance.isBlank() ? UUID.randomUUID() : instance);
  }

  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(GatewaySettings.ALL);
    return List.copyOf(all);
  }
}
