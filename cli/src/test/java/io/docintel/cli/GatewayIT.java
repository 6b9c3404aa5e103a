package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.gateway.GatewayApp;
import io.docintel.gateway.testing.GatewayClient;
import io.docintel.gateway.testing.GatewayClient.Answer;
import io.docintel.schemas.Document;
import io.docintel.testkit.SampleDocuments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway in the whole local stack, over real HTTP: a PDF uploaded as a file and a JSON text
 * come back enriched through {@code GET /v1/documents/{id}}; a retried post with the same
 * Idempotency-Key creates no second document; no key is 401; an oversized upload is 413 and
 * nothing of it reaches Kafka.
 */
class GatewayIT {

  private static final String KEY = LocalStack.LOCAL_API_KEY;

  @Test
  void documentsPostedOverHttpComeBackEnrichedOnceEach() throws Exception {
    LocalStackOptions options = LocalStackOptions.freePorts().with("DOCINTEL_GATEWAY_MAX_DOCUMENT_SIZE", "1MiB");
    try (LocalStack stack = LocalStack.start(options, System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      GatewayClient client = new GatewayClient(stack.service(GatewayApp.SERVICE).httpPort());

      Answer pdf = client.postFile(KEY, "invoice.pdf", "application/pdf", SampleDocuments.INVOICE_PDF.bytes());
      String json = "{\"text\": " + quoted(SampleDocuments.CONTRACT_TEXT) + ", \"source\": \"it\"}";
      Answer text = client.postJson(KEY, "contract-1", json);
      Answer retry = client.postJson(KEY, "contract-1", json);
      assertThat(pdf.status()).isEqualTo(202);
      assertThat(text.status()).isEqualTo(202);
      assertThat(retry.json().get("id")).isEqualTo(text.json().get("id"));

      assertThat(client.postJson(null, null, json).status()).isEqualTo(401);
      Answer tooLarge = client.postFile(KEY, "big.pdf", "application/pdf", new byte[2 * 1024 * 1024]);
      assertThat(tooLarge.status()).isEqualTo(413);

      String pdfId = pdf.json().get("id").asText();
      String textId = text.json().get("id").asText();
      JsonNode pdfResult = enriched(client, pdfId);
      JsonNode textResult = enriched(client, textId);
      assertThat(pdfResult.at("/result/classification/labels/0/label").asText())
          .isEqualTo(SampleDocuments.INVOICE_PDF.expectedLabel());
      assertThat(textResult.at("/result/classification/labels/0/label").asText())
          .isEqualTo(SampleDocuments.CONTRACT_TEXT.expectedLabel());
      assertThat(pdfResult.at("/result/tenant").asText()).isEqualTo(LocalStack.LOCAL_TENANT);
      assertThat(textResult.at("/result/summary/sentences").size()).isPositive();
      assertThat(client.get(KEY, "/v1/documents/" + pdfId + "/status").json().get("status").asText())
          .isEqualTo("complete");

      Topics topics = new Topics(serdes);
      List<Document> posted = new ArrayList<>();
      try (var reader = new TopicReader<>(Map.of("bootstrap.servers", stack.bootstrapServers()), topics.documents())) {
        for (int i = 0; i < 10; i++) {
          reader.poll(Duration.ofMillis(300)).forEach(record -> posted.add(record.value()));
        }
      }
      assertThat(posted).extracting(Document::getId).as("one document per accepted post, nothing of the 413")
          .containsExactlyInAnyOrder(pdfId, textId);
    }
  }

  private static JsonNode enriched(GatewayClient client, String id) {
    await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
        client.get(KEY, "/v1/documents/" + id).status() == 200);
    Answer answer = client.get(KEY, "/v1/documents/" + id);
    assertThat(answer.json().get("status").asText()).isEqualTo("complete");
    return answer.json();
  }

  private static String quoted(io.docintel.testkit.SampleDocument sample) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
        new String(sample.bytes(), java.nio.charset.StandardCharsets.UTF_8)).toString();
  }
}
