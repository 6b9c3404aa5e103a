package io.docintel.registry;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running schema registry speaking Confluent Schema Registry's REST API (Avro only), plus
 * {@code /health/live}, {@code /health/ready} (ready while the store has applied everything
 * committed) and {@code /metrics} (Prometheus). {@link #start} returns once the store has
 * caught up and the port is bound; the caller closes the server.
 *
 * <p>All state lives in a compacted one-partition topic ({@code _schemas} by default), keyed and
 * valued in Confluent's own JSON shapes ({@code {"keytype":"SCHEMA","subject":..,"version":..,
 * "magic":1}} etc.), so a restarted instance has the same schemas and ids, and docintel and
 * Confluent servers can read each other's topic. Ids are assigned by whichever instance writes,
 * serialized across instances by Kafka transaction fencing on one shared
 * {@code transactional.id}: a write reads the log to its end, picks the existing id of an
 * identical schema or the highest id + 1, commits, and answers only after reading its own
 * record back. Details in {@code SchemaLog}.
 */
public final class SchemaRegistryServer implements AutoCloseable {

  /** Counter of HTTP requests, tagged by method and status. */
  public static final String REQUESTS_METRIC = "docintel.registry.requests";
  /** Gauge of distinct schemas (ids) in the store. */
  public static final String SCHEMAS_METRIC = "docintel.registry.schemas";

  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);

  private final SchemaLog store;
  private final Javalin http;
  private final String url;
  private boolean closed;

  private SchemaRegistryServer(SchemaLog store, Javalin http, String url) {
    this.store = store;
    this.http = http;
    this.url = url;
  }

  /** Connects to Kafka, creates the topic if missing, catches up, then serves HTTP. */
  public static SchemaRegistryServer start(SchemaRegistryConfig config) {
    Map<String, Object> clientProperties = new HashMap<>(config.kafkaProperties());
    clientProperties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    SchemaState state = new SchemaState();
    SchemaLog store = new SchemaLog(config.topic(), clientProperties, config.timeout(), state);
    try {
      store.awaitCaughtUp();
      RegistryService registry = new RegistryService(state, store);
      PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      Gauge.builder(SCHEMAS_METRIC, registry, RegistryService::schemaCount).register(meters);
      RegistryRoutes api = new RegistryRoutes(registry, config.basicAuthUsers());
      Javalin http = Javalin.create(javalin -> {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.jetty.host = config.host();
        javalin.jetty.port = config.port();
        javalin.routes.get("/health/live", ctx -> ctx.result("{\"status\":\"UP\"}"));
        javalin.routes.get("/health/ready", ctx -> {
          boolean ready = registry.isReady();
          ctx.status(ready ? 200 : 503).result(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        });
        javalin.routes.get("/metrics", ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape()));
        javalin.routes.after(ctx -> Counter.builder(REQUESTS_METRIC)
            .tag("method", ctx.method().name())
            .tag("status", String.valueOf(ctx.statusCode()))
            .register(meters).increment());
        api.addTo(javalin.routes);
      });
      http.start();
      String host = "0.0.0.0".equals(config.host()) ? "localhost" : config.host();
      String url = "http://" + host + ":" + http.port();
      log.info("schema registry serving {} from topic {}", url, config.topic());
      return new SchemaRegistryServer(store, http, url);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Base URL, e.g. {@code http://127.0.0.1:8081}, without a trailing slash. */
  public String url() {
    return url;
  }

  /** Stops HTTP, then the store. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    http.stop();
    store.close();
  }
}
