package io.docintel.common.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of any registry speaking Confluent Schema Registry's REST API (Confluent's own,
 * Apicurio's ccompat API, docintel's). Avro schemas only. Caches id → schema and
 * (subject, schema) → id, which never change once assigned. When no registry answers
 * (connection errors, timeouts, HTTP 5xx, 408 and 429) it tries each URL in turn, pauses with
 * exponential backoff, and gives up after the configured retry time with a
 * {@link SchemaRegistryUnavailableException}, which callers treat as transient; other 4xx answers
 * and TLS failures fail at once with a {@link SchemaRegistryException}. Every error names the
 * subject or schema id it was about. Thread-safe; share one per process.
 */
public final class SchemaRegistryClient implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SchemaRegistryClient.class);
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  // Keyed by the Schema itself: Avro caches a schema's hash, so a lookup per record stays cheap.
  private record SubjectSchema(String subject, Schema schema) {}

  /** Counter of schema lookups, tagged {@code cache=hit|miss}: misses are calls to the registry. */
  public static final String LOOKUPS_METRIC = "docintel.registry.client.lookups";

  private final SchemaRegistryClientConfig config;
  private final HttpClient http;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
  private final AtomicInteger preferredUrl = new AtomicInteger();
  private final AtomicLong unavailableAttempts = new AtomicLong();

  public SchemaRegistryClient(SchemaRegistryClientConfig config) {
    this.config = config;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(config.requestTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL);
    if (config.sslContext() != null) {
      builder.sslContext(config.sslContext());
    }
    this.http = builder.build();
  }

  /** A client configured from Confluent's client config names; see {@link SchemaRegistryClientConfig}. */
  public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
    return new SchemaRegistryClient(SchemaRegistryClientConfig.fromMap(config));
  }

  /** Registers {@code schema} under {@code subject} (a no-op if it is there) and returns its id. */
  public int register(String subject, Schema schema) {
    return cachedId(subject, schema, "/versions", "registering");
  }

  /** The id {@code schema} has under {@code subject}, without registering it (40401/40403 if none). */
  public int idOf(String subject, Schema schema) {
    return cachedId(subject, schema, "", "looking up");
  }

  /** The id from the cache, or from a POST to {@code /subjects/<subject><pathSuffix>}, then cached. */
  private int cachedId(String subject, Schema schema, String pathSuffix, String doing) {
    SubjectSchema key = new SubjectSchema(subject, schema);
    Integer cached = idsBySubjectSchema.get(key);
    counted(cached != null);
    if (cached != null) {
      return cached;
    }
    JsonNode answer = call("POST", "/subjects/" + encode(subject) + pathSuffix, body(schema),
        doing + " schema " + schema.getFullName() + " under subject '" + subject + "'");
    int id = answer.path("id").asInt();
    remember(key, id, schema);
    return id;
  }

  /** The schema with this id (40403 if the registry has none). */
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      counted(true);
      return cached;
    }
    counted(false);
    String what = "fetching schema id " + id;
    JsonNode answer = call("GET", "/schemas/ids/" + id, null, what);
    Schema schema = parse(answer, what);
    Schema raced = schemasById.putIfAbsent(id, schema);
    return raced == null ? schema : raced;
  }

  /** The latest live version of {@code subject}; not cached, as it changes. */
  public RegisteredSchema latest(String subject) {
    return version(subject, "latest");
  }

  /** One version ("latest" or a number) of {@code subject}; not cached. */
  public RegisteredSchema version(String subject, String version) {
    String what = "fetching version " + version + " of subject '" + subject + "'";
    JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/" + encode(version), null, what);
    return new RegisteredSchema(answer.path("subject").asText(subject), answer.path("version").asInt(),
        answer.path("id").asInt(), parse(answer, what));
  }

  /** How many rounds over all URLs found no registry answering, since this client was made. */
  public long unavailableAttempts() {
    return unavailableAttempts.get();
  }

  /** Forgets the caches; the HTTP client's threads end by themselves. */
  @Override
  public void close() {
    schemasById.clear();
    idsBySubjectSchema.clear();
  }

  private static void counted(boolean hit) {
    Metrics.counter(LOOKUPS_METRIC, "cache", hit ? "hit" : "miss").increment();
  }

  private void remember(SubjectSchema key, int id, Schema schema) {
    idsBySubjectSchema.put(key, id);
    schemasById.putIfAbsent(id, schema);
  }

  private JsonNode call(String method, String path, String body, String what) {
    long deadline = System.nanoTime() + config.retryTimeout().toNanos();
    long pause = Math.max(1, config.retryBackoff().toMillis());
    Exception lastFailure = null;
    int urls = config.urls().size();
    while (true) {
      int start = preferredUrl.get();
      for (int i = 0; i < urls; i++) {
        int index = (start + i) % urls;
        try {
          HttpResponse<String> response = http.send(request(config.urls().get(index), method, path, body),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (tryLater(response.statusCode())) {
            lastFailure = new IOException("HTTP " + response.statusCode() + ": " + response.body());
            continue;
          }
          preferredUrl.set(index);
          return answer(response, what);
        } catch (SSLException e) {
          throw new SchemaRegistryException("TLS with the schema registry at " + config.urls().get(index)
              + " failed while " + what + ": " + e.getMessage(), 0, 0, e);
        } catch (IOException e) {
          lastFailure = e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SchemaRegistryException("interrupted while " + what, 0, 0, e);
        }
      }
      unavailableAttempts.incrementAndGet();
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SchemaRegistryUnavailableException("no schema registry at " + config.urls() + " answered while "
            + what + " within " + config.retryTimeout().toMillis() + " ms; last error: " + lastFailure, lastFailure);
      }
      log.warn("schema registry unavailable while {} ({}), retrying in {} ms", what, lastFailure, pause);
      try {
        Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException("interrupted while " + what, 0, 0, e);
      }
      pause = Math.min(pause * 2, Math.max(pause, config.retryBackoffMax().toMillis()));
    }
  }

  /** Answers that say nothing about the request, only that the registry cannot serve it now. */
  private static boolean tryLater(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private HttpRequest request(URI base, String method, String path, String body) {
    String userInfo = config.userInfo() != null ? config.userInfo()
        : base.getRawUserInfo() == null ? null : URLDecoder.decode(base.getRawUserInfo(), StandardCharsets.UTF_8);
    String authority = base.getRawAuthority().substring(base.getRawAuthority().indexOf('@') + 1);
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + authority + basePath + path))
        .timeout(config.requestTimeout())
        .header("Accept", CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", CONTENT_TYPE);
    }
    if (userInfo != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }
    return request.build();
  }

  private static JsonNode answer(HttpResponse<String> response, String what) {
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (IOException e) {
      json = null;
    }
    if (response.statusCode() / 100 == 2 && json != null) {
      return json;
    }
    int errorCode = json == null ? 0 : json.path("error_code").asInt(0);
    String message = json != null && json.hasNonNull("message") ? json.get("message").asText() : response.body();
    throw new SchemaRegistryException("schema registry refused " + what + ": HTTP " + response.statusCode()
        + (errorCode == 0 ? "" : " error_code " + errorCode) + ": " + message, response.statusCode(), errorCode, null);
  }

  private static Schema parse(JsonNode answer, String what) {
    String type = answer.path("schemaType").asText("AVRO");
    if (!"AVRO".equalsIgnoreCase(type)) {
      throw new SchemaRegistryException("schema registry returned a " + type + " schema while " + what
          + "; only AVRO is supported", 200, 0, null);
    }
    try {
      return new Schema.Parser().parse(answer.path("schema").asText());
    } catch (RuntimeException e) {
      throw new SchemaRegistryException("schema registry returned an unparsable schema while " + what
          + ": " + e.getMessage(), 200, 0, e);
    }
  }

  private static String body(Schema schema) {
    return JSON.createObjectNode().put("schema", schema.toString()).toString();
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
