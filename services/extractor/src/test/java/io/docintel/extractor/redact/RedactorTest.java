package io.docintel.extractor.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.extractor.recognize.EntityType;
import io.docintel.extractor.recognize.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  static final String TEXT = "Anna Berg wrote to anna@example.org by 1 May 2025.";
  static final List<Mention> MENTIONS = List.of(
      new Mention(EntityType.PERSON, 0, 9, "Anna Berg", null, 0.8, "embedding"),
      new Mention(EntityType.EMAIL, 19, 35, "anna@example.org", "anna@example.org", 1, "pattern"),
      new Mention(EntityType.DATE, 39, 49, "1 May 2025", "2025-05-01", 1, "pattern"));

  @Test
  void maskReplacesEachPersonalMentionWithItsType() {
    assertThat(new Redactor(RedactionPolicy.MASK, "").redact(TEXT, MENTIONS))
        .isEqualTo("[PERSON] wrote to [EMAIL] by 1 May 2025.");
  }

  @Test
  void dropRemovesPersonalMentionsAndKeepsTheRest() {
    assertThat(new Redactor(RedactionPolicy.DROP, "").redact(TEXT, MENTIONS)).isEqualTo(" wrote to  by 1 May 2025.");
  }

  @Test
  void hashIsAStableSaltedHmacPrefix() {
    String hashed = new Redactor(RedactionPolicy.HASH, "salt-1").redact(TEXT, MENTIONS);
    assertThat(hashed).matches("\\[PERSON:[0-9a-f]{10}\\] wrote to \\[EMAIL:[0-9a-f]{10}\\] by 1 May 2025\\.");
    // HMAC-SHA256(key "salt-1", "anna@example.org"), computed independently with openssl.
    assertThat(hashed).contains("[EMAIL:c18dbae72a]");
    assertThat(new Redactor(RedactionPolicy.HASH, "salt-1").redact(TEXT, MENTIONS)).isEqualTo(hashed);
    assertThat(new Redactor(RedactionPolicy.HASH, "salt-2").redact(TEXT, MENTIONS)).isNotEqualTo(hashed);
  }

  @Test
  void noneGivesNoRedactedCopy() {
    assertThat(new Redactor(RedactionPolicy.NONE, "").redact(TEXT, MENTIONS)).isNull();
  }

  @Test
  void hashingWithoutASaltIsRefused() {
    assertThatThrownBy(() -> new Redactor(RedactionPolicy.HASH, " ")).hasMessageContaining("salt");
    assertThatThrownBy(() -> new Redactor(RedactionPolicy.HASH, null)).hasMessageContaining("salt");
  }

  @Test
  void policiesParseFromSettings() {
    assertThat(RedactionPolicy.parse(" Mask ")).isEqualTo(RedactionPolicy.MASK);
    assertThatThrownBy(() -> RedactionPolicy.parse("blur")).isInstanceOf(IllegalArgumentException.class);
  }
}
