package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.registry.RegistryHttp.Response;
import io.docintel.testkit.EmbeddedKafka;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST API against a real in-JVM broker; each test has its own store topic. */
class SchemaRegistryServerIT {

  private static final String V1 =
      "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"t\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String V2 = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"t\",\"fields\":"
      + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\",\"default\":1}]}";
  private static final String V2_REQUIRED = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"t\",\"fields\":"
      + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\"}]}";
  private static final AtomicInteger TOPICS = new AtomicInteger();

  private static EmbeddedKafka kafka;
  private SchemaRegistryConfig config;
  private SchemaRegistryServer server;
  private RegistryHttp http;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @BeforeEach
  void startRegistry() {
    config = SchemaRegistryConfig.forBootstrapServers(kafka.bootstrapServers())
        .withTopic("_schemas_" + TOPICS.incrementAndGet());
    server = SchemaRegistryServer.start(config);
    http = new RegistryHttp(server.url());
  }

  @AfterEach
  void stopRegistry() {
    server.close();
  }

  @Test
  void createsACompactedSinglePartitionTopic() throws Exception {
    try (Admin admin = kafka.admin()) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, config.topic());
      assertThat(admin.describeConfigs(Set.of(resource)).all().get().get(resource).get("cleanup.policy").value())
          .isEqualTo("compact");
      assertThat(admin.describeTopics(Set.of(config.topic())).allTopicNames().get().get(config.topic()).partitions())
          .hasSize(1);
    }
  }

  @Test
  void registersLooksUpAndReadsBack() {
    int id = http.register("orders-value", V1);
    assertThat(http.register("orders-value", V1)).as("re-registering returns the same id").isEqualTo(id);
    assertThat(http.register("other-value", V1)).as("same schema under another subject shares the id").isEqualTo(id);

    Response lookup = http.post("/subjects/orders-value", RegistryHttp.schemaBody(V1));
    assertThat(lookup.status()).isEqualTo(200);
    assertThat(lookup.json().get("id").asInt()).isEqualTo(id);
    assertThat(lookup.json().get("version").asInt()).isEqualTo(1);
    assertThat(lookup.json().get("subject").asText()).isEqualTo("orders-value");

    Response byId = http.get("/schemas/ids/" + id);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.json().get("schema").asText()).isEqualTo(V1);
    assertThat(byId.json().has("schemaType")).isFalse();
    assertThat(http.get("/schemas/ids/" + id + "/schema").json().get("name").asText()).isEqualTo("Order");
    assertThat(http.get("/schemas/ids/" + id + "/versions").body())
        .isEqualTo("[{\"subject\":\"orders-value\",\"version\":1},{\"subject\":\"other-value\",\"version\":1}]");

    int id2 = http.register("orders-value", V2);
    assertThat(id2).isNotEqualTo(id);
    assertThat(http.get("/subjects").body()).isEqualTo("[\"orders-value\",\"other-value\"]");
    assertThat(http.get("/subjects/orders-value/versions").body()).isEqualTo("[1,2]");
    Response latest = http.get("/subjects/orders-value/versions/latest");
    assertThat(latest.json().get("version").asInt()).isEqualTo(2);
    assertThat(latest.json().get("id").asInt()).isEqualTo(id2);
    assertThat(http.get("/subjects/orders-value/versions/1/schema").json().get("fields")).hasSize(1);
  }

  @Test
  void reportsConfluentErrorCodes() {
    http.register("orders-value", V1);
    assertError(http.get("/subjects/nobody/versions"), 404, 40401);
    assertError(http.post("/subjects/nobody", RegistryHttp.schemaBody(V1)), 404, 40401);
    assertError(http.post("/subjects/orders-value", RegistryHttp.schemaBody(V2)), 404, 40403);
    assertError(http.get("/subjects/orders-value/versions/7"), 404, 40402);
    assertError(http.get("/subjects/orders-value/versions/zero"), 422, 42202);
    assertError(http.get("/schemas/ids/999"), 404, 40403);
    assertError(http.post("/subjects/orders-value/versions", RegistryHttp.schemaBody("{\"type\":\"nope\"}")), 422, 42201);
    assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    assertError(http.get("/no/such/path"), 404, 404);
  }

  @Test
  void rejectsAnIncompatibleSchemaUnderBackwardWith409() {
    http.register("orders-value", V1);
    Response rejected = http.post("/subjects/orders-value/versions", RegistryHttp.schemaBody(V2_REQUIRED));
    assertError(rejected, 409, 409);
    assertThat(rejected.json().get("message").asText()).contains("qty");

    Response check = http.post("/compatibility/subjects/orders-value/versions/latest?verbose=true",
        RegistryHttp.schemaBody(V2_REQUIRED));
    assertThat(check.json().get("is_compatible").asBoolean()).isFalse();
    assertThat(check.json().get("messages")).isNotEmpty();
    assertThat(http.post("/compatibility/subjects/orders-value/versions/1", RegistryHttp.schemaBody(V2))
        .json().get("is_compatible").asBoolean()).isTrue();
  }

  @Test
  void configChangesTheLevelGloballyAndPerSubject() {
    assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    assertThat(http.put("/config", "{\"compatibility\":\"FULL\"}").body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    assertThat(http.get("/config").json().get("compatibilityLevel").asText()).isEqualTo("FULL");

    assertError(http.get("/config/orders-value"), 404, 40408);
    assertThat(http.get("/config/orders-value?defaultToGlobal=true").json().get("compatibilityLevel").asText())
        .isEqualTo("FULL");
    http.put("/config/orders-value", "{\"compatibility\":\"NONE\"}");
    assertThat(http.get("/config/orders-value").json().get("compatibilityLevel").asText()).isEqualTo("NONE");

    http.register("orders-value", V1);
    assertThat(http.post("/subjects/orders-value/versions", RegistryHttp.schemaBody(V2_REQUIRED)).status())
        .as("NONE accepts what BACKWARD rejects").isEqualTo(200);

    assertThat(http.delete("/config/orders-value").json().get("compatibilityLevel").asText()).isEqualTo("NONE");
    assertError(http.get("/config/orders-value"), 404, 40408);
  }

  @Test
  void softAndPermanentDeletes() {
    int id = http.register("orders-value", V1);
    http.register("orders-value", V2);
    assertThat(http.delete("/subjects/orders-value/versions/2").body()).isEqualTo("2");
    assertThat(http.get("/subjects/orders-value/versions").body()).isEqualTo("[1]");
    assertThat(http.get("/subjects/orders-value/versions?deleted=true").body()).isEqualTo("[1,2]");
    assertError(http.delete("/subjects/orders-value/versions/1?permanent=true"), 404, 40407);

    assertThat(http.delete("/subjects/orders-value").body()).isEqualTo("[1]");
    assertError(http.get("/subjects/orders-value/versions"), 404, 40401);
    assertThat(http.get("/subjects").body()).isEqualTo("[]");
    assertThat(http.get("/schemas/ids/" + id).status()).as("ids outlive soft deletes").isEqualTo(200);

    assertThat(http.delete("/subjects/orders-value?permanent=true").body()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[]");
    assertThat(http.register("orders-value", V2_REQUIRED)).as("a fresh subject accepts anything").isPositive();
  }

  @Test
  void aRestartedRegistryKeepsSchemasAndIds() {
    int first = http.register("a-value", V1);
    int second = http.register("b-value", V2);
    http.put("/config/b-value", "{\"compatibility\":\"FORWARD\"}");
    server.close();
    server.close();

    server = SchemaRegistryServer.start(config);
    RegistryHttp restarted = new RegistryHttp(server.url());
    assertThat(restarted.get("/schemas/ids/" + first).json().get("schema").asText()).isEqualTo(V1);
    assertThat(restarted.get("/subjects/b-value/versions/1").json().get("id").asInt()).isEqualTo(second);
    assertThat(restarted.get("/config/b-value").json().get("compatibilityLevel").asText()).isEqualTo("FORWARD");
    assertThat(restarted.register("c-value", V2_REQUIRED)).isEqualTo(Math.max(first, second) + 1);
  }

  @Test
  void twoInstancesOnOneTopicAgreeOnIds() {
    try (SchemaRegistryServer other = SchemaRegistryServer.start(config)) {
      RegistryHttp second = new RegistryHttp(other.url());
      int a = http.register("a-value", V1);
      int b = second.register("b-value", V2);
      int c = http.register("c-value", V2_REQUIRED);
      assertThat(Set.of(a, b, c)).as("distinct schemas get distinct ids").hasSize(3);
      assertThat(second.register("d-value", V1)).isEqualTo(a);
      for (RegistryHttp instance : new RegistryHttp[] {http, second}) {
        assertThat(instance.get("/schemas/ids/" + b).json().get("schema").asText()).isEqualTo(V2);
        assertThat(instance.get("/subjects/c-value/versions/1").json().get("id").asInt()).isEqualTo(c);
      }
    }
  }

  @Test
  void concurrentRegistrationsOnTwoInstancesNeverShareAnId() throws Exception {
    int perInstance = 8;
    try (SchemaRegistryServer other = SchemaRegistryServer.start(config)) {
      RegistryHttp second = new RegistryHttp(other.url());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> ids = new ArrayList<>();
        for (int i = 0; i < perInstance; i++) {
          for (RegistryHttp instance : new RegistryHttp[] {http, second}) {
            String subject = "s" + ids.size() + "-value";
            String schema = "{\"type\":\"fixed\",\"name\":\"F" + ids.size() + "\",\"size\":4}";
            ids.add(pool.submit(() -> instance.register(subject, schema)));
          }
        }
        Set<Integer> distinct = new HashSet<>();
        for (Future<Integer> id : ids) {
          distinct.add(id.get(120, TimeUnit.SECONDS));
        }
        assertThat(distinct).hasSize(2 * perInstance);
        for (int i = 0; i < ids.size(); i++) {
          int expected = ids.get(i).get();
          assertThat(http.get("/subjects/s" + i + "-value/versions/1").json().get("id").asInt()).isEqualTo(expected);
          assertThat(second.get("/subjects/s" + i + "-value/versions/1").json().get("id").asInt()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void healthAndMetrics() {
    assertThat(http.get("/health/live").status()).isEqualTo(200);
    assertThat(http.get("/health/ready").status()).isEqualTo(200);
    http.register("a-value", V1);
    Response metrics = http.get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("docintel_registry_schemas 1.0").contains("docintel_registry_requests_total");
  }

  @Test
  void basicAuthRejectsRequestsWithoutValidCredentials() {
    try (SchemaRegistryServer secured = SchemaRegistryServer.start(config.withBasicAuthUsers(Map.of("alice", "s3cret")))) {
      Response anonymous = new RegistryHttp(secured.url()).get("/subjects");
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.json().get("error_code").asInt()).isEqualTo(401);
      assertThat(new RegistryHttp(secured.url(), "alice", "wrong").get("/subjects").status()).isEqualTo(401);
      assertThat(new RegistryHttp(secured.url(), "mallory", "s3cret").get("/subjects").status()).isEqualTo(401);
      assertThat(new RegistryHttp(secured.url(), "alice", "s3cret").get("/subjects").status()).isEqualTo(200);
      assertThat(new RegistryHttp(secured.url()).get("/health/ready").status()).isEqualTo(200);
    }
  }

  private static void assertError(Response response, int status, int errorCode) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().get("error_code").asInt()).as(response.body()).isEqualTo(errorCode);
    assertThat(response.json().get("message").asText()).isNotBlank();
  }
}
