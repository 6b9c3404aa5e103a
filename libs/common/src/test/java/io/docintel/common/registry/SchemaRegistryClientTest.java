package io.docintel.common.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientTest {

  private static final Schema SCHEMA = new Schema.Parser().parse(
      "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");

  private final StubRegistry stub;

  SchemaRegistryClientTest() throws IOException {
    stub = new StubRegistry();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private SchemaRegistryClient client(String urls, Duration retryTimeout) {
    return new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(urls).withRetryTimeout(retryTimeout));
  }

  @Test
  void registersOnceAndCachesBothDirections() {
    stub.answer("POST /subjects/orders-value/versions", 200, "{\"id\":7}");
    try (SchemaRegistryClient client = client(stub.url(), Duration.ofSeconds(5))) {
      assertThat(client.register("orders-value", SCHEMA)).isEqualTo(7);
      assertThat(client.register("orders-value", SCHEMA)).isEqualTo(7);
      assertThat(client.schemaById(7)).isEqualTo(SCHEMA);
    }
    assertThat(stub.requests()).hasSize(1);
    assertThat(stub.requests().get(0).body()).contains("\"schema\"").contains("\\\"name\\\":\\\"R\\\"");
  }

  @Test
  void fetchesSchemasByIdAndLooksUpWithoutRegistering() {
    stub.answer("GET /schemas/ids/3", 200, "{\"schema\":" + quoted(SCHEMA.toString()) + "}");
    stub.answer("POST /subjects/orders-value", 200,
        "{\"subject\":\"orders-value\",\"version\":2,\"id\":3,\"schema\":" + quoted(SCHEMA.toString()) + "}");
    try (SchemaRegistryClient client = client(stub.url(), Duration.ofSeconds(5))) {
      assertThat(client.schemaById(3)).isEqualTo(SCHEMA);
      assertThat(client.idOf("orders-value", SCHEMA)).isEqualTo(3);
    }
    assertThat(stub.requests()).extracting(StubRegistry.Request::method).containsExactly("GET", "POST");
  }

  @Test
  void refusalsFailAtOnceNamingSubjectOrIdAndCode() {
    stub.answer("POST /subjects/orders-value/versions", 409,
        "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
    try (SchemaRegistryClient client = client(stub.url(), Duration.ofSeconds(30))) {
      SchemaRegistryException refused =
          catchThrowableOfType(SchemaRegistryException.class, () -> client.register("orders-value", SCHEMA));
      assertThat(refused.httpStatus()).isEqualTo(409);
      assertThat(refused).isNotInstanceOf(SchemaRegistryUnavailableException.class);
      assertThat(refused.getMessage()).contains("orders-value").contains("incompatible");
      SchemaRegistryException missing = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(99));
      assertThat(missing.errorCode()).isEqualTo(40403);
      assertThat(missing.getMessage()).contains("schema id 99");
    }
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void retriesServerErrorsAndTryLaterAnswersUntilTheRegistryAnswers() {
    stub.answer("GET /schemas/ids/1", 503, "{\"error_code\":50003,\"message\":\"forwarding\"}")
        .answer("GET /schemas/ids/1", 500, "{\"error_code\":50001,\"message\":\"store\"}")
        .answer("GET /schemas/ids/1", 429, "{\"error_code\":429,\"message\":\"slow down\"}")
        .answer("GET /schemas/ids/1", 200, "{\"schema\":\"\\\"string\\\"\"}");
    try (SchemaRegistryClient client = client(stub.url(), Duration.ofSeconds(30))) {
      assertThat(client.schemaById(1).getType()).isEqualTo(Schema.Type.STRING);
      assertThat(client.unavailableAttempts()).isEqualTo(3);
    }
  }

  @Test
  void triesTheNextUrlWhenOneRefusesConnections() throws IOException {
    stub.answer("POST /subjects/s/versions", 200, "{\"id\":4}");
    try (SchemaRegistryClient client =
        client(StubRegistry.unreachableUrl() + "," + stub.url(), Duration.ofSeconds(5))) {
      assertThat(client.register("s", SCHEMA)).isEqualTo(4);
      assertThat(client.unavailableAttempts()).isZero();
    }
  }

  @Test
  void givesUpAfterTheRetryTimeNamingTheSubject() throws IOException {
    String dead = StubRegistry.unreachableUrl();
    try (SchemaRegistryClient client = client(dead, Duration.ofMillis(300))) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.register("s-value", SCHEMA));
      assertThat(e).as("unreachable is its own, transient, type").isInstanceOf(SchemaRegistryUnavailableException.class);
      assertThat(e.httpStatus()).isZero();
      assertThat(e.getMessage()).contains("s-value").contains(dead);
      assertThat(client.unavailableAttempts()).isGreaterThan(1);
    }
  }

  @Test
  void sendsBasicAuthFromUserInfoOrFromTheUrl() {
    stub.answer("GET /schemas/ids/1", 200, "{\"schema\":\"\\\"int\\\"\"}");
    stub.answer("GET /schemas/ids/2", 200, "{\"schema\":\"\\\"long\\\"\"}");
    try (SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
        "schema.registry.url", stub.url(), "basic.auth.credentials.source", "USER_INFO",
        "basic.auth.user.info", "alice:s3cret"))) {
      client.schemaById(1);
    }
    try (SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
        "schema.registry.url", stub.url().replace("://", "://bob:pw@"), "basic.auth.credentials.source", "URL"))) {
      client.schemaById(2);
    }
    assertThat(stub.requests()).extracting(StubRegistry.Request::authorization)
        .containsExactly("Basic YWxpY2U6czNjcmV0", "Basic Ym9iOnB3");
  }

  @Test
  void badConfigNamesTheKey() {
    assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
    assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(Map.of("schema.registry.url", "ftp://x")))
        .hasMessageContaining("schema.registry.url");
    assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(
        Map.of("schema.registry.url", "http://x", "schema.registry.retry.timeout.ms", "soon")))
        .hasMessageContaining("schema.registry.retry.timeout.ms");
    assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(Map.of("schema.registry.url", "http://x",
        "schema.registry.ssl.truststore.location", "/nonexistent/truststore.jks")))
        .hasMessageContaining("schema.registry.ssl.truststore.location");
    assertThat(SchemaRegistryClientConfig.fromMap(Map.of("schema.registry.url", "http://a:1, http://b:2/")).urls())
        .extracting(Object::toString).containsExactly("http://a:1", "http://b:2");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
