package io.docintel.common.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryClientConfig;
import io.docintel.registry.SchemaRegistryConfig;
import io.docintel.registry.SchemaRegistryServer;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.EmbeddedKafka;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The serdes against a real in-JVM broker and docintel's real registry. */
class ConfluentAvroSerdeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EmbeddedKafka kafka;
  private static SchemaRegistryConfig registryConfig;
  private static SchemaRegistryServer registry;

  @BeforeAll
  static void start() throws IOException {
    kafka = EmbeddedKafka.start();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    registryConfig = SchemaRegistryConfig.forBootstrapServers(kafka.bootstrapServers()).withPort(port);
    registry = SchemaRegistryServer.start(registryConfig);
  }

  @AfterAll
  static void stop() {
    registry.close();
    kafka.close();
  }

  @Test
  void documentsRoundTripThroughARealTopicInConfluentFormat() throws Exception {
    String topic = "docintel.documents.roundtrip";
    kafka.createTopics(1, topic);
    Document document = document("doc-1");
    try (KafkaProducer<String, Document> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
        SchemaRegistryClientConfig.URL, registry.url()))) {
      producer.send(new ProducerRecord<>(topic, "doc-1", document)).get();
    }

    try (KafkaConsumer<String, Document> consumer = consumer(new StringDeserializer(), null, Map.of(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class,
        SchemaRegistryClientConfig.URL, registry.url()))) {
      assertThat(readAll(consumer, topic, 1)).singleElement().extracting(ConsumerRecord::value).isEqualTo(document);
    }

    int registeredId = registryGet("/subjects/" + topic + "-value/versions/latest").get("id").asInt();
    try (KafkaConsumer<byte[], byte[]> raw = consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer(), Map.of())) {
      byte[] value = readAll(raw, topic, 1).get(0).value();
      assertThat(value[0]).as("magic byte").isZero();
      assertThat(new byte[] {value[1], value[2], value[3], value[4]})
          .containsExactly((byte) (registeredId >>> 24), (byte) (registeredId >>> 16), (byte) (registeredId >>> 8), (byte) registeredId);
    }
  }

  @Test
  void recordsWrittenWithAnOlderSchemaReadAsTheCurrentClass() throws Exception {
    String topic = "docintel.documents.evolution";
    kafka.createTopics(1, topic);
    Schema older = withoutFields(Document.getClassSchema(), "source", "metadata", "revision");
    int olderId = registryPost("/subjects/" + topic + "-value/versions", JSON.createObjectNode().put("schema", older.toString()))
        .get("id").asInt();

    GenericRecord old = new GenericData.Record(older);
    old.put("id", "old-1");
    old.put("tenant", "acme");
    GenericRecord text = new GenericData.Record(older.getField("content").schema().getTypes().get(0));
    text.put("text", "written by an older producer");
    old.put("content", text);
    old.put("eventTime", 1_700_000_000_000L);

    try (SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(registry.url()));
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, encode(olderId, old))).get();
      producer.send(new ProducerRecord<>(topic, new ConfluentAvroSerializer<Document>(client).serialize(topic, document("new-1")))).get();

      assertThat(registryGet("/subjects/" + topic + "-value/versions").toString()).isEqualTo("[1,2]");
      try (KafkaConsumer<byte[], Document> consumer =
          consumer(new ByteArrayDeserializer(), new ConfluentAvroDeserializer<>(client, Document.class), Map.of())) {
        List<ConsumerRecord<byte[], Document>> records = readAll(consumer, topic, 2);
        Document upgraded = records.get(0).value();
        assertThat(upgraded.getId()).isEqualTo("old-1");
        assertThat(upgraded.getSource()).as("default of the newer field").isEqualTo("unknown");
        assertThat(upgraded.getMetadata()).isEmpty();
        assertThat(upgraded.getEventTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(((TextContent) upgraded.getContent()).getText()).isEqualTo("written by an older producer");
        assertThat(records.get(1).value()).isEqualTo(document("new-1"));
      }
    }
  }

  @Test
  void theSerializerWaitsOutABrieflyUnreachableRegistry() throws Exception {
    String topic = "docintel.documents.outage";
    SchemaRegistryClient client = new SchemaRegistryClient(
        SchemaRegistryClientConfig.forUrls(registry.url()).withRetryTimeout(Duration.ofSeconds(60)));
    ConfluentAvroSerializer<Document> serializer = new ConfluentAvroSerializer<>(client);

    registry.close();
    CompletableFuture<byte[]> serialized = CompletableFuture.supplyAsync(() -> serializer.serialize(topic, document("d")));
    await().atMost(Duration.ofSeconds(30)).until(() -> client.unavailableAttempts() > 0);
    assertThat(serialized).isNotDone();

    registry = SchemaRegistryServer.start(registryConfig);
    byte[] bytes = serialized.get(60, TimeUnit.SECONDS);
    assertThat(ConfluentWireFormat.schemaId(bytes))
        .isEqualTo(registryGet("/subjects/" + topic + "-value/versions/latest").get("id").asInt());
  }

  private static Document document(String id) {
    return Document.newBuilder()
        .setId(id)
        .setTenant("acme")
        .setSource("it")
        .setContent(TextContent.newBuilder().setText("a short test document").build())
        .setMetadata(Map.of("lang", "en"))
        .setEventTime(Instant.ofEpochMilli(1_700_000_000_000L))
        .build();
  }

  private static Schema withoutFields(Schema schema, String... names) throws IOException {
    ObjectNode json = (ObjectNode) JSON.readTree(schema.toString());
    ArrayNode kept = JSON.createArrayNode();
    for (Iterator<JsonNode> fields = json.get("fields").elements(); fields.hasNext(); ) {
      JsonNode field = fields.next();
      if (!List.of(names).contains(field.get("name").asText())) {
        kept.add(field);
      }
    }
    json.set("fields", kept);
    return new Schema.Parser().parse(json.toString());
  }

  private static byte[] encode(int schemaId, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ConfluentWireFormat.header(schemaId));
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static <K, V> KafkaConsumer<K, V> consumer(
      Deserializer<K> keys, Deserializer<V> values, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(extra);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return values == null ? new KafkaConsumer<>(props, keys, null) : new KafkaConsumer<>(props, keys, values);
  }

  private static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaConsumer<K, V> consumer, String topic, int expected) {
    TopicPartition partition = new TopicPartition(topic, 0);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      return records.size() >= expected;
    });
    return records;
  }

  private static JsonNode registryGet(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(registry.url() + path)).GET());
  }

  private static JsonNode registryPost(String path, JsonNode body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(registry.url() + path))
        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static JsonNode send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
