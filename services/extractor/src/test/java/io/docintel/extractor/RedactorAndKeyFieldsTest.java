package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.extractor.fields.KeyFieldExtractor;
import io.docintel.extractor.fields.KeyFieldRule;
import io.docintel.extractor.recognize.EntityType;
import io.docintel.extractor.recognize.Mention;
import io.docintel.extractor.redact.RedactionPolicy;
import io.docintel.extractor.redact.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorAndKeyFieldsTest {

  static final String TEXT = "Write to anna@example.org by 1 May 2025.";
  static final List<Mention> MENTIONS = List.of(
      new Mention(EntityType.EMAIL, 9, 25, "anna@example.org", "anna@example.org", 1, "pattern"),
      new Mention(EntityType.DATE, 29, 39, "1 May 2025", "2025-05-01", 1, "pattern"));

  @Test
  void maskHashAndDropReplaceOnlyPersonalData() {
    assertThat(new Redactor(RedactionPolicy.MASK, "").redact(TEXT, MENTIONS)).isEqualTo("Write to [EMAIL] by 1 May 2025.");
    assertThat(new Redactor(RedactionPolicy.DROP, "").redact(TEXT, MENTIONS)).isEqualTo("Write to  by 1 May 2025.");
    String hashed = new Redactor(RedactionPolicy.HASH, "salt-1").redact(TEXT, MENTIONS);
    assertThat(hashed).matches("Write to \\[EMAIL:[0-9a-f]{10}\\] by 1 May 2025\\.");
    assertThat(new Redactor(RedactionPolicy.HASH, "salt-2").redact(TEXT, MENTIONS)).isNotEqualTo(hashed);
    assertThat(new Redactor(RedactionPolicy.NONE, "").redact(TEXT, MENTIONS)).isNull();
  }

  @Test
  void hashingWithoutASaltIsRefused() {
    assertThatThrownBy(() -> new Redactor(RedactionPolicy.HASH, " ")).hasMessageContaining("salt");
  }

  @Test
  void keyFieldsAreReadAfterTheirContext() {
    KeyFieldExtractor fields = new KeyFieldExtractor(KeyFieldRule.defaults());
    assertThat(fields.extract("Invoice No: NW-2025-0117\nItems ...\nTotal due: €1,250.00"))
        .containsEntry("invoice_number", "NW-2025-0117").containsEntry("total", "€1,250.00");
    assertThat(new KeyFieldExtractor(KeyFieldRule.parse("order=PO-\\d+@(?i)order")).extract("Your order PO-7781 shipped"))
        .containsEntry("order", "PO-7781");
  }
}
