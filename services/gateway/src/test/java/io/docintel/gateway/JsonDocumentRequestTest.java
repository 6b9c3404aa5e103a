package io.docintel.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.gateway.ingest.JsonDocumentRequest;
import io.docintel.gateway.ingest.PostedDocument;
import io.docintel.schemas.TextContent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDocumentRequestTest {

  @Test
  void readsTextSourceAndMetadata() {
    PostedDocument posted = parse("{\"text\": \"Grüße\", \"source\": \"crm\", \"metadata\": {\"a\": \"1\"}}");
    assertThat(((TextContent) posted.content()).getText()).isEqualTo("Grüße");
    assertThat(posted.source()).isEqualTo("crm");
    assertThat(posted.metadata()).containsExactlyEntriesOf(java.util.Map.of("a", "1"));
    assertThat(posted.sizeBytes()).as("UTF-8 bytes, not chars").isEqualTo(7);
    assertThat(parse("{\"text\": \"\"}").source()).isEqualTo("api");
  }

  @Test
  void refusesWhatIsNotADocumentWith400() {
    for (String body : new String[] {"", "[]", "{}", "{\"text\": 1}", "{\"text\": \"t\", \"source\": 2}",
        "{\"text\": \"t\", \"metadata\": []}", "{\"text\": \"t\", \"metadata\": {\"n\": 1}}", "{\"text\": "}) {
      assertThatThrownBy(() -> parse(body)).as(body)
          .isInstanceOfSatisfying(GatewayProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }
  }

  private static PostedDocument parse(String json) {
    return JsonDocumentRequest.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
