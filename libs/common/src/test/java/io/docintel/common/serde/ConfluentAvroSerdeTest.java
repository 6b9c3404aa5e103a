package io.docintel.common.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.docintel.common.registry.SchemaRegistryClient;
import io.docintel.common.registry.SchemaRegistryClientConfig;
import io.docintel.common.registry.StubRegistry;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfluentAvroSerdeTest {

  private static final int ID = 0x01020304;
  private static final Document DOCUMENT = Document.newBuilder()
      .setId("d1").setTenant("t").setSource("s")
      .setContent(TextContent.newBuilder().setText("hi").build())
      .setMetadata(Map.of())
      .setEventTime(Instant.ofEpochMilli(1))
      .build();

  private final StubRegistry stub;
  private final SchemaRegistryClient client;

  ConfluentAvroSerdeTest() throws IOException {
    stub = new StubRegistry()
        .answer("POST /subjects/docs-value/versions", 200, "{\"id\":" + ID + "}")
        .answer("POST /subjects/docs-key/versions", 200, "{\"id\":5}")
        .answer("POST /subjects/docs-value", 200, "{\"subject\":\"docs-value\",\"version\":1,\"id\":9,\"schema\":\"\"}");
    client = new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(stub.url()));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void writesConfluentWireFormatByteForByte() {
    byte[] bytes = new ConfluentAvroSerializer<Document>(client).serialize("docs", DOCUMENT);
    assertThat(bytes).containsExactly(
        0x00, 0x01, 0x02, 0x03, 0x04,      // magic byte, big-endian schema id
        0x04, 'd', '1',                      // id: zigzag length 2, "d1"
        0x02, 't',                           // tenant
        0x02, 's',                           // source
        0x00, 0x04, 'h', 'i',                // content: union branch 0 (TextContent), text "hi"
        0x00,                                // metadata: empty map
        0x02,                                // eventTime: 1 ms, zigzag
        0x00);                               // revision: 0, zigzag
  }

  @Test
  void subjectsFollowTopicNameStrategy() {
    new ConfluentAvroSerializer<Document>(client, true, true).serialize("docs", DOCUMENT);
    new ConfluentAvroSerializer<Document>(client).serialize("docs", DOCUMENT);
    assertThat(stub.requests()).extracting(StubRegistry.Request::path)
        .containsExactly("/subjects/docs-key/versions", "/subjects/docs-value/versions");
    assertThat(ConfluentWireFormat.subject("docs", true)).isEqualTo("docs-key");
  }

  @Test
  void withoutAutoRegisterTheIdIsLookedUp() {
    ConfluentAvroSerializer<Document> serializer = new ConfluentAvroSerializer<>(client);
    serializer.configure(Map.of("auto.register.schemas", "false"), false);
    byte[] bytes = serializer.serialize("docs", DOCUMENT);
    assertThat(ConfluentWireFormat.schemaId(bytes)).isEqualTo(9);
    assertThat(stub.requests()).extracting(StubRegistry.Request::path).containsExactly("/subjects/docs-value");
  }

  @Test
  void roundTripsThroughTheWriterSchemaFetchedById() {
    byte[] bytes = new ConfluentAvroSerializer<Document>(client).serialize("docs", DOCUMENT);
    SchemaRegistryClient fresh = new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(stub.url()));
    stub.answer("GET /schemas/ids/" + ID, 200,
        "{\"schema\":" + TextNode.valueOf(Document.getClassSchema().toString()) + "}");
    assertThat(new ConfluentAvroDeserializer<>(fresh, Document.class).deserialize("docs", bytes)).isEqualTo(DOCUMENT);
    assertThat(new ConfluentAvroDeserializer<Document>(fresh, null).deserialize("docs", bytes))
        .as("the class named by the writer schema").isEqualTo(DOCUMENT);
  }

  @Test
  void aWriterSchemaTheReaderCannotResolveIsRefusedNamingBoth() {
    byte[] bytes = new ConfluentAvroSerializer<Document>(client).serialize("docs", DOCUMENT);
    SchemaRegistryClient fresh = new SchemaRegistryClient(SchemaRegistryClientConfig.forUrls(stub.url()));
    stub.answer("GET /schemas/ids/" + ID, 200,
        "{\"schema\":" + TextNode.valueOf(io.docintel.schemas.Feedback.getClassSchema().toString()) + "}");
    assertThatThrownBy(() -> new ConfluentAvroDeserializer<>(fresh, Document.class).deserialize("docs", bytes))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
        .hasMessageContaining("io.docintel.schemas.Feedback")
        .hasMessageContaining("incompatible with the reader's schema io.docintel.schemas.Document");
  }

  @Test
  void aRecordOverTheBoundIsRefusedNamingTopicSizeAndWhatToRaise() {
    assertThat(new ConfluentAvroSerializer<Document>(client, false, true, 19).serialize("docs", DOCUMENT))
        .as("at the bound").hasSize(19);
    assertThatThrownBy(() -> new ConfluentAvroSerializer<Document>(client, false, true, 18).serialize("docs", DOCUMENT))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("'docs'").hasMessageContaining("is 19 bytes, over the limit of 18 bytes")
        .hasMessageContaining("DOCINTEL_KAFKA_PRODUCER_MAX_REQUEST_SIZE");
  }

  @Test
  void nullsStayNull() {
    assertThat(new ConfluentAvroSerializer<Document>(client).serialize("docs", null)).isNull();
    assertThat(new ConfluentAvroDeserializer<>(client, Document.class).deserialize("docs", null)).isNull();
  }

  @Test
  void wrongMagicByteShortInputAndUnknownIdGiveDistinctMessages() {
    ConfluentAvroDeserializer<Document> deserializer = new ConfluentAvroDeserializer<>(client, Document.class);
    assertThatThrownBy(() -> deserializer.deserialize("docs", new byte[] {1, 0, 0, 0, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte 0x01").hasMessageContaining("'docs'").hasMessageContaining("docs-value");
    assertThatThrownBy(() -> deserializer.deserialize("docs", new byte[] {0, 0, 0}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("3 bytes");
    assertThatThrownBy(() -> deserializer.deserialize("docs", new byte[] {0, 0, 0, 0, 77, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("unknown schema id 77").hasMessageContaining("'docs'").hasMessageContaining("docs-value");
  }

  @Test
  void lengthsAndCountsBeyondTheRecordAreRefusedBeforeAnythingIsAllocated() {
    stub.answer("GET /schemas/ids/" + ID, 200,
        "{\"schema\":" + TextNode.valueOf(Document.getClassSchema().toString()) + "}");
    ConfluentAvroDeserializer<Document> deserializer = new ConfluentAvroDeserializer<>(client, Document.class);
    byte[] valid = new ConfluentAvroSerializer<Document>(client).serialize("docs", DOCUMENT);
    assertThat(deserializer.deserialize("docs", valid)).isEqualTo(DOCUMENT);

    // The id field claims 2^30 bytes (zigzag varint 0x80 0x80 0x80 0x80 0x08) and carries two.
    byte[] hugeString = {0x00, 0x01, 0x02, 0x03, 0x04, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08, 'd', '1'};
    assertThatThrownBy(() -> deserializer.deserialize("docs", hugeString))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("string of 1073741824 bytes where only 2 remain");

    // A valid document up to its metadata map, which claims a block of a billion entries.
    byte[] hugeMap = java.util.Arrays.copyOf(valid, valid.length + 3);
    int map = valid.length - 3;
    byte[] billion = {(byte) 0x80, (byte) 0xA8, (byte) 0xD6, (byte) 0xB9, 0x07};
    System.arraycopy(billion, 0, hugeMap, map, billion.length);
    assertThatThrownBy(() -> deserializer.deserialize("docs", hugeMap))
        .isInstanceOf(SerializationException.class).hasMessageContaining("map block of 1000000000 items");
  }

  @Test
  void registryRefusalsNameTopicAndSubject() {
    stub.answer("POST /subjects/bad-value/versions", 409, "{\"error_code\":409,\"message\":\"incompatible\"}");
    assertThatThrownBy(() -> new ConfluentAvroSerializer<Document>(client).serialize("bad", DOCUMENT))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("'bad-value'").hasMessageContaining("topic 'bad'").hasMessageContaining("incompatible");
  }

  @Test
  void configureBuildsItsOwnClientAndRefusesOtherSubjectStrategies() {
    ConfluentAvroSerde<Document> serde = new ConfluentAvroSerde<>(Document.class);
    serde.configure(Map.of("schema.registry.url", stub.url()), false);
    assertThat(ConfluentWireFormat.schemaId(serde.serializer().serialize("docs", DOCUMENT))).isEqualTo(ID);
    serde.close();

    assertThatThrownBy(() -> new ConfluentAvroSerializer<Document>().configure(Map.of(
        "schema.registry.url", stub.url(),
        "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("value.subject.name.strategy");
    assertThatThrownBy(() -> new ConfluentAvroSerializer<Document>().configure(Map.of(), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
  }
}
