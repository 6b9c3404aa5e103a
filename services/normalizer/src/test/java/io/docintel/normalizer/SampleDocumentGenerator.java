package io.docintel.normalizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary sample documents of {@code libs/testkit} (the invoice PDF, the policy DOCX,
 * the bad inputs derived from them, an encrypted and a blank PDF) with PDFBox and Apache POI,
 * which Tika's parsers bring onto the test classpath. Not a test: run it by hand when a sample's text changes, then commit
 * its output. Argument: the samples folder (default: the testkit's, from this module's folder).
 */
public final class SampleDocumentGenerator {

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "../../libs/testkit/src/main/resources/samples");
    Files.createDirectories(samples.resolve("bad"));
    byte[] invoice = invoicePdf();
    Files.write(samples.resolve("invoice.pdf"), invoice);
    Files.write(samples.resolve("policy-memo.docx"), policyDocx());
    // Cut inside the compressed page content, so neither the text nor the cross-reference table survives.
    Files.write(samples.resolve("bad/truncated.pdf"), java.util.Arrays.copyOf(invoice, invoice.length / 3));
    Files.write(samples.resolve("bad/garbage.bin"), garbage());
    Files.write(samples.resolve("bad/latin1-declared-utf8.txt"), ("Sehr geehrte Damen und Herren,\n\n"
        + "die Lieferung zur Bestellnummer 7781 ist leider beschädigt bei uns angekommen. "
        + "Bitte senden Sie uns möglichst bald Ersatz an unsere Adresse in Köln.\n\n"
        + "Mit freundlichen Grüßen\nJürgen Weiß\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.write(samples.resolve("bad/empty.txt"), new byte[0]);
    Files.write(samples.resolve("bad/encrypted.pdf"), encrypted(invoice));
    Files.write(samples.resolve("bad/blank.pdf"), blankPdf());
    System.out.println("wrote samples to " + samples.toAbsolutePath().normalize());
  }

  private static byte[] invoicePdf() throws IOException {
    List<String> lines = List.of(
        "Northwind Office Supplies GmbH",
        "Hafenstrasse 12, 20457 Hamburg, Germany - VAT ID DE 298 114 560",
        "",
        "INVOICE No. INV-2026-0417",
        "Invoice date: 2 November 2026        Due date: 2 December 2026",
        "",
        "Bill to: Harbor Analytics Ltd, 18 Canal Street, Manchester M1 3HE, United Kingdom",
        "Purchase order: PO-55812",
        "",
        "Item                                           Qty     Unit price      Amount",
        "Ergonomic office chair, black mesh               4      EUR 189.00   EUR 756.00",
        "Height-adjustable desk frame                     2      EUR 164.50   EUR 329.00",
        "Recycled printer paper A4, box of 5 reams        6       EUR 18.25   EUR 109.50",
        "Delivery and assembly                            1       EUR 90.00    EUR 90.00",
        "",
        "Subtotal: EUR 1,284.50",
        "VAT: reverse charge, intra-community supply (0%)",
        "Total due: EUR 1,284.50",
        "",
        "Please pay by bank transfer within 30 days, quoting the invoice number.",
        "Bank: Hanse Sparkasse, IBAN DE44 5001 0517 5407 3249 31, BIC HASPDEHHXXX",
        "Late payments incur interest of 9 percentage points above the base rate.",
        "Thank you for your business.");
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(helvetica, 10);
        content.setLeading(16);
        content.newLineAtOffset(56, 780);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Invoice INV-2026-0417");
      info.setAuthor("Northwind Office Supplies GmbH");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2026, Calendar.NOVEMBER, 2, 10, 0, 0);
      info.setCreationDate(created);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** The invoice locked with a user password (AES-256): no text without the password. */
  private static byte[] encrypted(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("corpus-owner-secret", "corpus-user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** One empty A4 page: what a scan looks like to a parser without OCR. */
  private static byte[] blankPdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(PDRectangle.A4));
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] policyDocx() throws IOException {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      heading(document, "Memo: Hybrid working policy");
      paragraph(document, "To: All staff. From: People and Culture team. Date: 9 September 2026.");
      paragraph(document, "From 1 January 2027, employees whose roles allow it may work from home on up to three days "
          + "a week. Teams agree their common office days with their manager, and every team meets in person "
          + "at least once a week.");
      paragraph(document, "Employees who work from home must use a company laptop, connect through the VPN and keep "
          + "confidential papers out of sight of other household members. The company pays a monthly allowance "
          + "of 25 euros towards internet and electricity costs.");
      paragraph(document, "Working hours, break rules and the right to disconnect apply at home as in the office. "
          + "Nobody is expected to answer e-mails or calls after 19:00 or at weekends, except staff on the "
          + "published on-call rota.");
      paragraph(document, "Questions about this policy go to your manager or to people@tessellate.example. "
          + "The policy will be reviewed after twelve months.");
      document.getProperties().getCoreProperties().setTitle("Hybrid working policy");
      document.getProperties().getCoreProperties().setCreator("People and Culture team");
      document.write(out);
      return out.toByteArray();
    }
  }

  private static void heading(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setBold(true);
    run.setFontSize(16);
    run.setText(text);
  }

  private static void paragraph(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.createRun().setText(text);
  }

  /** Seeded, so the file is the same on every run; starts with no known magic number. */
  private static byte[] garbage() {
    byte[] bytes = new byte[4096];
    new Random(20261123L).nextBytes(bytes);
    bytes[0] = (byte) 0x9C;
    bytes[1] = (byte) 0x01;
    return bytes;
  }

  private SampleDocumentGenerator() {}

}
