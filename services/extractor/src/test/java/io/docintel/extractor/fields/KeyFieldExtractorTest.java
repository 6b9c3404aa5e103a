package io.docintel.extractor.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFieldExtractorTest {

  final KeyFieldExtractor defaults = new KeyFieldExtractor(KeyFieldRule.defaults());

  @Test
  void defaultsReadInvoiceNumberAndTotalAfterTheirContext() {
    assertThat(defaults.extract("Invoice No: NW-2025-0117\nItems ...\nTotal due: €1,250.00\n"))
        .containsEntry("invoice_number", "NW-2025-0117").containsEntry("total", "€1,250.00");
  }

  @Test
  void aValueWithoutItsContextIsNotAKeyField() {
    assertThat(defaults.extract("Reference NW-2025-0117, amount €1,250.00")).isEmpty();
  }

  @Test
  void aValueTooFarFromItsContextIsNotTaken() {
    List<KeyFieldRule> rules = KeyFieldRule.parse("order=PO-\\d+@(?i)order@10");
    assertThat(new KeyFieldExtractor(rules).extract("Your order PO-7781 shipped")).containsEntry("order", "PO-7781");
    assertThat(new KeyFieldExtractor(rules).extract("Your order has shipped; see PO-7781")).isEmpty();
  }

  @Test
  void aValueMayRunPastTheWindow() {
    List<KeyFieldRule> rules = KeyFieldRule.parse("ref=[A-Z]{2}\\d{10}@Ref:@3");
    assertThat(new KeyFieldExtractor(rules).extract("Ref: AB1234567890.")).containsEntry("ref", "AB1234567890");
  }

  @Test
  void rulesWithoutContextMatchAnywhereAndBadRulesAreRefused() {
    assertThat(new KeyFieldExtractor(KeyFieldRule.parse("ticket=#\\d{4};;")).extract("See #4711 and #4712"))
        .containsExactlyEntriesOf(java.util.Map.of("ticket", "#4711"));
    assertThatThrownBy(() -> KeyFieldRule.parse("no-equals-sign")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyFieldRule.parse("x=\\d@ctx@0")).isInstanceOf(IllegalArgumentException.class);
  }
}
