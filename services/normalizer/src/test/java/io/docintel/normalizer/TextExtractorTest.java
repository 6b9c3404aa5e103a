package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import io.docintel.testkit.SampleDocuments;
import io.docintel.testkit.corpus.Archives;
import io.docintel.testkit.corpus.Markup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  private static final String GERMAN =
      "Sehr geehrte Frau Müller, die Lieferung für Köln ist beschädigt angekommen. Grüße aus Düsseldorf.";

  private static TextExtractor extractor;

  @BeforeAll
  static void loadParsers() {
    extractor = new TextExtractor();
  }

  private static Reason reasonOf(Runnable extraction) {
    try {
      extraction.run();
    } catch (UnreadableDocumentException e) {
      return e.reason();
    }
    throw new AssertionError("extraction did not fail");
  }

  @Test
  void detectsTheCharsetOfUndeclaredPlainText() {
    for (Charset charset : new Charset[] {StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, StandardCharsets.UTF_16}) {
      ExtractedText extracted = extractor.extract(GERMAN.getBytes(charset), null, "letter.txt");
      assertThat(extracted.text()).as(charset.name()).contains(GERMAN);
      assertThat(extracted.contentType()).startsWith("text/plain");
    }
  }

  @Test
  void decodesDeclaredCharsetStrictly() {
    byte[] latin1 = GERMAN.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(extractor.extract(latin1, "text/plain; charset=ISO-8859-1", null).text()).isEqualTo(GERMAN);
    assertThatThrownBy(() -> extractor.extract(latin1, "text/plain; charset=UTF-8", null))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE);
          assertThat(e.getMessage()).doesNotContain("Lieferung").doesNotContain("Müller");
        });
  }

  @Test
  void readsTitleAndAuthorFromTheFile() {
    ExtractedText pdf = extractor.extract(SampleDocuments.INVOICE_PDF.bytes(), null, null);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.title()).contains("Invoice INV-2026-0417");
    assertThat(pdf.author()).contains("Northwind Office Supplies GmbH");

    ExtractedText mail = extractor.extract(SampleDocuments.SUPPORT_EMAIL.bytes(), null, "support-request.eml");
    assertThat(mail.contentType()).startsWith("message/rfc822");
    assertThat(mail.title()).contains("Refund not received for order 48213");
    // the body, not the headers
    assertThat(mail.text()).contains("returns policy").doesNotContain("Message-ID");
  }

  @Test
  void stopsAtTheCharacterLimit() {
    TextExtractor small = new TextExtractor(new TextExtractor.Limits(1_000, Duration.ofSeconds(30), 100, 5));
    assertThat(reasonOf(() -> small.extract(SampleDocuments.LONG_REPORT.bytes(), null, null))).isEqualTo(Reason.TOO_LARGE);
    assertThat(reasonOf(() -> small.extract(SampleDocuments.LONG_REPORT.bytes(), "text/plain; charset=UTF-8", null)))
        .isEqualTo(Reason.TOO_LARGE);
    assertThat(small.extract(GERMAN.getBytes(StandardCharsets.UTF_8), null, null).text()).contains(GERMAN);
  }

  @Test
  void stopsAtTheDeadline() {
    TextExtractor hasty = new TextExtractor(new TextExtractor.Limits(1_000_000, Duration.ofNanos(1), 100, 5));
    assertThat(reasonOf(() -> hasty.extract(SampleDocuments.NEWS_HTML.bytes(), null, null))).isEqualTo(Reason.TIMEOUT);
  }

  @Test
  void refusesAZipBomb() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("notes.txt"));
      byte[] line = "the same line again and again\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 200_000; i++) {
        out.write(line);
      }
      out.closeEntry();
    }
    assertThat(zip.size()).isLessThan(100_000);
    assertThat(reasonOf(() -> extractor.extract(zip.toByteArray(), null, "notes.zip"))).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void reportsAnEncryptedPdf() throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("Salary review for 2027");
        content.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(pdf);
    }
    assertThat(reasonOf(() -> extractor.extract(pdf.toByteArray(), "application/pdf", null))).isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void namesTheEncryptedFormat() {
    assertThatThrownBy(() -> extractor.extract(SampleDocuments.load("samples/bad/encrypted.pdf"), "application/pdf", null))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
          assertThat(e.getMessage()).contains("encrypted PDF");
        });
  }

  @Test
  void refusesDocxBombsAndEntityExpansionSayingWhich() {
    assertThatThrownBy(() -> extractor.extract(Archives.docxBomb(2), null, "bomb.docx"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
          assertThat(e.getMessage()).contains("decompression bomb: the DOCX document");
        });
    assertThatThrownBy(() -> extractor.extract(Archives.docxBomb(1), null, "bomb.docx"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class,
            e -> assertThat(e.getMessage()).contains("TOO_LARGE: the DOCX document holds a part too large to parse"));
    assertThatThrownBy(() -> extractor.extract(Markup.billionLaughs(), "application/xml", null))
        .isInstanceOfSatisfying(UnreadableDocumentException.class,
            e -> assertThat(e.getMessage()).contains("TOO_LARGE: entity expansion bomb: the XML document"));
  }

  @Test
  void failureMessagesNeverQuoteTheDocument() {
    byte[] truncated = SampleDocuments.TRUNCATED_PDF.bytes();
    assertThatThrownBy(() -> extractor.extract(truncated, null, null))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.EXTRACTION_FAILED);
          assertThat(e.getMessage()).doesNotContain("Northwind").doesNotContain("INV-2026");
        });
  }

  @Test
  void emptyBytesAreEmpty() {
    assertThat(reasonOf(() -> extractor.extract(new byte[0], null, null))).isEqualTo(Reason.EMPTY);
  }
}
