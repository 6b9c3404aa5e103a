package io.docintel.extractor.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenModelRecognizerTest {

  @Test
  void modelLabelsMapToEntityTypes() {
    assertThat(TokenModelRecognizer.type("PER")).isEqualTo(EntityType.PERSON);
    assertThat(TokenModelRecognizer.type("B-ORG")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(TokenModelRecognizer.type("location")).isEqualTo(EntityType.LOCATION);
    assertThat(TokenModelRecognizer.type("GPE")).isEqualTo(EntityType.LOCATION);
    assertThat(TokenModelRecognizer.type("MISC")).isEqualTo(EntityType.OTHER);
  }
}
