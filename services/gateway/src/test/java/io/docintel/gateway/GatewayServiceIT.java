package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.common.config.Config;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.testing.ServiceTestStack;
import io.docintel.gateway.testing.GatewayClient;
import io.docintel.gateway.testing.GatewayClient.Answer;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.SampleDocuments;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway against a real in-JVM broker and the real registry, over real HTTP: what a post
 * publishes, idempotent retries, API keys and tenants, size and rate limits, and lookups served
 * from the global tables as enriched records arrive.
 */
class GatewayServiceIT {

  static final String KEY_A = "alpha-key-0001";
  static final String KEY_B = "bravo-key-0002";
  static final long LIMIT = 256 * 1024;

  static ServiceTestStack stack;
  static StreamsService gateway;
  static GatewayClient client;

  @BeforeAll
  static void start(@TempDir Path state) throws Exception {
    stack = ServiceTestStack.start();
    gateway = startGateway(state, "1000");
    client = new GatewayClient(gateway.httpPort());
  }

  static StreamsService startGateway(Path state, String ratePerMinute) throws InterruptedException {
    Config config = Config.load(GatewayApp.SETTINGS, stack.serviceEnvironment(state,
        "DOCINTEL_GATEWAY_API_KEYS", "alpha:" + KEY_A + ",bravo:" + KEY_B,
        "DOCINTEL_GATEWAY_MAX_DOCUMENT_SIZE", String.valueOf(LIMIT),
        "DOCINTEL_GATEWAY_RATE_LIMIT", ratePerMinute,
        "DOCINTEL_STREAMS_APPLICATION_ID", "docintel-gateway-" + ratePerMinute));
    StreamsService started = GatewayApp.start(config);
    assertThat(started.awaitRunning(Duration.ofSeconds(60))).isTrue();
    return started;
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void aJsonPostIsPublishedForItsTenantAndPendingUntilEnriched() {
    Answer posted = client.postJson(KEY_A, null,
        "{\"text\": \"Quarterly report for the board.\", \"source\": \"crm\", \"metadata\": {\"team\": \"finance\"}}");
    assertThat(posted.status()).isEqualTo(202);
    String id = posted.json().get("id").asText();
    assertThat(posted.header("Location")).isEqualTo("/v1/documents/" + id);
    assertThat(posted.json().get("replayed").asBoolean()).isFalse();

    Document document = published(id);
    assertThat(document.getTenant()).isEqualTo("alpha");
    assertThat(document.getSource()).isEqualTo("crm");
    assertThat(document.getMetadata()).containsEntry("team", "finance");
    assertThat(((TextContent) document.getContent()).getText()).isEqualTo("Quarterly report for the board.");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(client.get(KEY_A, "/v1/documents/" + id).status()).isEqualTo(202));
    assertThat(client.get(KEY_A, "/v1/documents/" + id + "/status").json().get("status").asText()).isEqualTo("pending");

    stack.send(stack.topics().enriched(), Map.of(id, enriched(id, "alpha")));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(client.get(KEY_A, "/v1/documents/" + id).status()).isEqualTo(200));
    JsonNode result = client.get(KEY_A, "/v1/documents/" + id).json();
    assertThat(result.get("status").asText()).isEqualTo("complete");
    assertThat(result.get("result").get("documentId").asText()).isEqualTo(id);
    assertThat(result.get("result").get("language").asText()).isEqualTo("en");
    assertThat(result.get("result").get("completedAt").asText()).isEqualTo("2026-11-30T12:00:00Z");
    assertThat(client.get(KEY_B, "/v1/documents/" + id).status()).as("another tenant's document").isEqualTo(404);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyCreatesNoSecondDocument() {
    String body = "{\"text\": \"Invoice 7 from ACME.\"}";
    Answer first = client.postJson(KEY_A, "order-7", body);
    Answer retry = client.postJson(KEY_A, "order-7", body);
    Answer otherTenant = client.postJson(KEY_B, "order-7", body);

    String id = first.json().get("id").asText();
    assertThat(first.status()).isEqualTo(202);
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.json().get("id").asText()).isEqualTo(id);
    assertThat(retry.json().get("replayed").asBoolean()).isTrue();
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(otherTenant.json().get("id").asText()).as("keys are per tenant").isNotEqualTo(id);

    published(otherTenant.json().get("id").asText());
    assertThat(publishedWithId(id)).hasSize(1);
  }

  @Test
  void aFileUploadIsPublishedAsItsBytesWithTheDeclaredType() {
    byte[] pdf = SampleDocuments.INVOICE_PDF.bytes();
    Answer posted = client.postFile(KEY_B, "invoice.pdf", "application/pdf", pdf);
    assertThat(posted.status()).isEqualTo(202);

    Document document = published(posted.json().get("id").asText());
    BinaryContent content = (BinaryContent) document.getContent();
    assertThat(bytes(content.getData())).isEqualTo(pdf);
    assertThat(content.getContentType()).isEqualTo("application/pdf");
    assertThat(content.getFileName()).isEqualTo("invoice.pdf");
    assertThat(document.getSource()).isEqualTo("test-upload");
    assertThat(document.getMetadata()).containsEntry("batch", "b1");
    assertThat(document.getTenant()).isEqualTo("bravo");
  }

  @Test
  void withoutAValidApiKeyARequestIs401AndPublishesNothing() {
    Answer none = client.postJson(null, "no-key", "{\"text\": \"unauthorised\"}");
    Answer wrong = client.postJson("not-a-real-key", "wrong-key", "{\"text\": \"unauthorised\"}");
    assertThat(none.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(none.json().get("detail").asText()).contains("API key is required");
    assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(client.get(null, "/v1/documents/anything").status()).isEqualTo(401);
    assertThat(publishedWithId(io.docintel.gateway.ingest.DocumentIds.forPost("alpha", "no-key"))).isEmpty();
  }

  @Test
  void anOversizedDocumentIs413AndNothingReachesKafka() {
    String big = "x".repeat((int) LIMIT + 1);
    Answer text = client.postJson(KEY_A, "too-big-text", "{\"text\": \"" + big + "\"}");
    Answer file = client.postFile(KEY_A, "big.txt", "text/plain", new byte[(int) LIMIT + 1]);
    Answer huge = client.postFile(KEY_A, "huge.bin", "application/octet-stream", new byte[(int) LIMIT * 4]);

    assertThat(text.status()).isEqualTo(413);
    assertThat(file.status()).isEqualTo(413);
    assertThat(huge.status()).isEqualTo(413);
    assertThat(text.json().get("title").asText()).isEqualTo("Document too large");
    assertThat(text.json().get("detail").asText()).contains(String.valueOf(LIMIT));

    String marker = client.postJson(KEY_A, "after-too-big", "{\"text\": \"small\"}").json().get("id").asText();
    List<Document> all = publishedUntil(marker);
    assertThat(all).noneMatch(d -> d.getContent() instanceof TextContent t && t.getText().length() > LIMIT);
    assertThat(all).noneMatch(d -> d.getContent() instanceof BinaryContent b && b.getData().remaining() > LIMIT);
    assertThat(publishedWithId(io.docintel.gateway.ingest.DocumentIds.forPost("alpha", "too-big-text"))).isEmpty();
  }

  @Test
  void badRequestsGetProblemDetails() {
    assertThat(client.postJson(KEY_A, null, "{\"text\": 42}").status()).isEqualTo(400);
    assertThat(client.postJson(KEY_A, null, "not json").json().get("detail").asText()).contains("not valid JSON");
    assertThat(client.postJson(KEY_A, null, "{\"text\": \"t\", \"metadata\": {\"n\": 1}}").status()).isEqualTo(400);
    assertThat(client.get(KEY_A, "/v1/documents/no-such-document").status()).isEqualTo(404);
    Answer openApi = client.get(null, "/openapi.json");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().get("paths").has("/v1/documents/{id}/status")).isTrue();
  }

  @Test
  void aTenantOverItsRateLimitIs429WithRetryAfter(@TempDir Path state) throws Exception {
    try (StreamsService limited = startGateway(state, "2")) {
      GatewayClient limitedClient = new GatewayClient(limited.httpPort());
      assertThat(limitedClient.postJson(KEY_B, null, "{\"text\": \"one\"}").status()).isEqualTo(202);
      assertThat(limitedClient.postJson(KEY_B, null, "{\"text\": \"two\"}").status()).isEqualTo(202);
      Answer third = limitedClient.postJson(KEY_B, null, "{\"text\": \"three\"}");
      assertThat(third.status()).isEqualTo(429);
      assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 60);
      assertThat(limitedClient.postJson(KEY_A, null, "{\"text\": \"other tenant\"}").status())
          .as("limits are per tenant").isEqualTo(202);
    }
  }

  static EnrichedDocument enriched(String id, String tenant) {
    return EnrichedDocument.newBuilder()
        .setDocumentId(id).setTenant(tenant).setEventTime(Instant.parse("2026-11-30T11:59:00Z"))
        .setLanguage("en").setContentSha256("ab".repeat(32)).setComplete(true)
        .setCompletedAt(Instant.parse("2026-11-30T12:00:00Z"))
        .build();
  }

  static Document published(String id) {
    List<Document> found = publishedUntil(id).stream().filter(d -> d.getId().equals(id)).toList();
    assertThat(found).as("document %s on docintel.documents.v1", id).hasSize(1);
    return found.get(0);
  }

  /** Every document with {@code id}, read after a marker document posted later has arrived. */
  static List<Document> publishedWithId(String id) {
    String marker = client.postJson(KEY_A, null, "{\"text\": \"marker\"}").json().get("id").asText();
    return publishedUntil(marker).stream().filter(d -> d.getId().equals(id)).toList();
  }

  static List<Document> publishedUntil(String markerId) {
    List<Document> seen = new java.util.ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      seen.clear();
      stack.read(stack.topics().documents(), Integer.MAX_VALUE, Duration.ofSeconds(2))
          .forEach(r -> seen.add(r.value()));
      return seen.stream().anyMatch(d -> d.getId().equals(markerId));
    });
    return seen;
  }

  static byte[] bytes(ByteBuffer buffer) {
    byte[] data = new byte[buffer.remaining()];
    buffer.duplicate().get(data);
    return data;
  }
}
