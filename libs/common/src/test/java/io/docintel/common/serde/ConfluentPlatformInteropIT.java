package io.docintel.common.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.common.registry.RegisteredSchema;
import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryClientConfig;
import io.docintel.registry.SchemaRegistryConfig;
import io.docintel.registry.SchemaRegistryServer;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.ConfluentKafkaContainer;

/**
 * docintel's serdes and registry against Confluent's own images, for machines with Docker:
 * the serde talks to Confluent Schema Registry, and docintel's registry reads the
 * {@code _schemas} topic Confluent's registry wrote.
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentPlatformInteropIT {

  private static final String CONFLUENT_VERSION = "7.9.0";
  private static final Network NETWORK = Network.newNetwork();

  @Container
  private static final ConfluentKafkaContainer KAFKA =
      new ConfluentKafkaContainer("confluentinc/cp-kafka:" + CONFLUENT_VERSION)
          .withNetwork(NETWORK)
          .withListener("kafka:19092");

  @Container
  private static final GenericContainer<?> REGISTRY =
      new GenericContainer<>("confluentinc/cp-schema-registry:" + CONFLUENT_VERSION)
          .withNetwork(NETWORK)
          .withExposedPorts(8081)
          .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
          .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
          .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
          .dependsOn(KAFKA)
          .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

  private static String confluentUrl() {
    return "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
  }

  @Test
  void serdeRoundTripsThroughConfluentSchemaRegistry() throws Exception {
    Document document = Document.newBuilder()
        .setId("doc-1").setTenant("acme").setSource("it")
        .setContent(TextContent.newBuilder().setText("interop").build())
        .setMetadata(Map.of())
        .setEventTime(Instant.ofEpochMilli(1_700_000_000_000L))
        .build();
    ConfluentAvroSerde<Document> serde = new ConfluentAvroSerde<>(Document.class);
    serde.configure(Map.of(SchemaRegistryClientConfig.URL, confluentUrl()), false);

    byte[] bytes = serde.serializer().serialize("docintel.documents.v1", document);
    assertThat(serde.deserializer().deserialize("docintel.documents.v1", bytes)).isEqualTo(document);

    HttpResponse<String> latest = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(confluentUrl() + "/subjects/docintel.documents.v1-value/versions/latest")).build(),
        HttpResponse.BodyHandlers.ofString());
    int confluentId = new ObjectMapper().readTree(latest.body()).get("id").asInt();
    assertThat(bytes[0]).isZero();
    assertThat(ConfluentWireFormat.schemaId(bytes)).isEqualTo(confluentId);

    ConfluentAvroSerializer<Document> lookupOnly = new ConfluentAvroSerializer<>();
    lookupOnly.configure(Map.of(SchemaRegistryClientConfig.URL, confluentUrl(), "auto.register.schemas", "false"), false);
    assertThat(lookupOnly.serialize("docintel.documents.v1", document)).isEqualTo(bytes);
    serde.close();
    lookupOnly.close();

    SchemaRegistryConfig ours = SchemaRegistryConfig.forBootstrapServers(KAFKA.getBootstrapServers());
    try (SchemaRegistryServer docintel = SchemaRegistryServer.start(ours);
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(docintel.url()))) {
      RegisteredSchema read = client.latest("docintel.documents.v1-value");
      assertThat(read.id()).as("docintel's registry reads Confluent's _schemas topic").isEqualTo(confluentId);
      assertThat(read.schema()).isEqualTo(Document.getClassSchema());
    }
  }
}
