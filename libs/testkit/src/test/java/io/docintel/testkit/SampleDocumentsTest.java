package io.docintel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {

  @Test
  void everySampleLoadsFromTheClasspath() {
    for (SampleDocument sample : SampleDocuments.all()) {
      assertThat(sample.bytes()).as(sample.name()).isNotEmpty();
    }
    for (BadSampleDocument sample : SampleDocuments.bad()) {
      assertThat(SampleDocuments.load(sample.resourcePath())).as(sample.name()).isNotNull();
    }
  }

  @Test
  void namesAreUniqueAndFoundByName() {
    Set<String> names = new HashSet<>();
    SampleDocuments.all().forEach(sample -> assertThat(names.add(sample.name())).isTrue());
    SampleDocuments.bad().forEach(sample -> assertThat(names.add(sample.name())).isTrue());
    assertThat(SampleDocuments.named("invoice-pdf")).isSameAs(SampleDocuments.INVOICE_PDF);
    assertThatThrownBy(() -> SampleDocuments.named("nope")).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void longReportHasAtLeastFourThousandWords() {
    String text = new String(SampleDocuments.LONG_REPORT.bytes(), StandardCharsets.UTF_8);
    assertThat(text.split("\\s+")).hasSizeGreaterThanOrEqualTo(4000);
  }

  @Test
  void supportEmailCarriesItsPii() {
    String mail = new String(SampleDocuments.SUPPORT_EMAIL.bytes(), StandardCharsets.UTF_8);
    assertThat(mail).contains(SampleDocuments.SUPPORT_EMAIL_PERSON, SampleDocuments.SUPPORT_EMAIL_ADDRESS,
        SampleDocuments.SUPPORT_EMAIL_PHONE, SampleDocuments.SUPPORT_EMAIL_IBAN);
  }

  @Test
  void fileNameIsTheLastPathSegment() {
    assertThat(SampleDocuments.INVOICE_PDF.fileName()).isEqualTo("invoice.pdf");
    assertThat(SampleDocuments.TRUNCATED_PDF.fileName()).isEqualTo("truncated.pdf");
  }
}
