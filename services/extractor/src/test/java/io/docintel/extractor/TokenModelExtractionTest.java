package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.docintel.common.config.Config;
import io.docintel.extractor.recognize.TokenModelRecognizer;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The extractor with a token-classification model configured, using the inference library's
 * tiny generated NER model (alice/smith PER, acme/corp ORG, paris B-LOC at 0.94; "Berlin" LOC at
 * only 0.5), read from that module's test resources in this repository.
 */
class TokenModelExtractionTest {

  static final Path TINY_NER = Path.of("..", "..", "libs", "inference", "src", "test", "resources", "models",
      "token-classifier");

  @Test
  void aConfiguredNerModelFindsNamesInsteadOfTheEmbeddingTyper() throws Exception {
    assertThat(TINY_NER.resolve("model.onnx")).as("the inference module's tiny NER model").exists();
    Config config = Config.load(ExtractorApp.SETTINGS, Map.of(
        "DOCINTEL_EXTRACTOR_TOKEN_MODEL", TINY_NER.toString(), "DOCINTEL_EXTRACTOR_REDACTION", "mask"));
    List<AutoCloseable> owned = new ArrayList<>();
    try {
      DocumentExtractor extractor = ExtractorApp.extractor(config, new SimpleMeterRegistry(), owned);
      assertThat(owned).hasSize(2);
      String text = "Alice Smith works at Acme Corp in Paris and Berlin.";
      Extraction extraction = extractor.extract(TestDocuments.unchunked("ner-1", text));

      assertThat(extraction.getEntities())
          .extracting(Entity::getType, Entity::getText, Entity::getPersonalData, Entity::getRecognizer)
          .containsExactly(
              tuple("PERSON", "Alice Smith", true, TokenModelRecognizer.NAME),
              tuple("ORGANIZATION", "Acme Corp", false, TokenModelRecognizer.NAME),
              tuple("LOCATION", "Paris", false, TokenModelRecognizer.NAME));
      assertThat(extraction.getEntities()).allSatisfy(e ->
          assertThat(text.substring(e.getSpan().getStart(), e.getSpan().getEnd())).isEqualTo(e.getText()));
      assertThat(extraction.getRedactedText()).isEqualTo("[PERSON] works at Acme Corp in Paris and Berlin.");
      assertThat(extraction.getProvenance().getModel().getName()).isEqualTo("tiny-ner");
    } finally {
      for (AutoCloseable resource : owned) {
        resource.close();
      }
    }
  }
}
