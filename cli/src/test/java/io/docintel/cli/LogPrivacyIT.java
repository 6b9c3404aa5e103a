package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.corpus.LogCapture;
import io.docintel.cli.corpus.StackOutcomes;
import io.docintel.cli.corpus.StackProducer;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.corpus.SyntheticText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Logs never contain document text or personal data. The whole stack runs documents full of
 * names, e-mail addresses, phone numbers, IBANs and card numbers, each with a marker sentence of
 * its own, as text, e-mail, HTML and PDF, and broken ones whose failure paths log (a truncated
 * PDF, a wrong charset, an oversized text, raw records that are not Avro or are cut off, a file
 * whose name is a person's). Everything logged at INFO and above by any logger, and everything
 * printed, is searched for every marker and every personal value, in the forms the extractor
 * normalizes them to as well.
 */
class LogPrivacyIT {

  record Person(String name, String email, String phone, String iban, String card) {
    /** Each value as written and in the forms recognizers normalize it to. */
    List<String> traces() {
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      return List.of(name, surname, email, email.substring(0, email.indexOf('@')), phone, phone.replaceAll("[^+\\d]", ""),
          iban, iban.replace(" ", ""), card, card.replace(" ", ""));
    }

    String paragraph(String marker) {
      return "Dear " + name + ", thank you for your call. " + marker + " We will write to " + email
          + " or call " + phone + ". The refund goes to IBAN " + iban + "; the card " + card
          + " on file will not be charged again.";
    }
  }

  static final List<Person> PEOPLE = List.of(
      new Person("Henrik Lindqvist", "henrik.lindqvist@example.org", "+44 20 7946 0958", "GB82 WEST 1234 5698 7654 32",
          "4111 1111 1111 1111"),
      new Person("Amara Okafor", "amara.okafor@example.net", "+1 415 555 0142", "DE89 3704 0044 0532 0130 00",
          "5555 5555 5555 4444"),
      new Person("Ines Carvalho-Brandt", "ines.cb@example.com", "+351 21 555 0199", "FR14 2004 1010 0505 0001 3M02 606",
          "3782 822463 10005"));

  @Test
  void nothingLoggedOrPrintedCarriesDocumentTextOrPersonalData() throws Exception {
    Map<String, String> markers = new LinkedHashMap<>();
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()));
        LogCapture capture = new LogCapture()) {
      // Controls: what a third-party logger at INFO and a stray print carry must be caught.
      org.slf4j.LoggerFactory.getLogger("org.apache.kafka.privacy.control").info("control {}", "Capybaralog");
      System.err.println("control Capybaraprint");
      Topics topics = new Topics(serdes);
      List<String> services = stack.services().stream().map(StreamsService::name).toList();
      List<RecordMetadata> posted = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      try (StackProducer producer = new StackProducer(stack.bootstrapServers(), topics)) {
        Person a = PEOPLE.get(0);
        Person b = PEOPLE.get(1);
        Person c = PEOPLE.get(2);
        ids.add(post(producer, posted, text("pii-text", a.paragraph(marker(markers, "pii-text", "Quokkaleaf")))));
        ids.add(post(producer, posted, file("pii-email", email(b, marker(markers, "pii-email", "Marmotglass")),
            "message/rfc822", "request.eml")));
        ids.add(post(producer, posted, file("pii-html", html(c, marker(markers, "pii-html", "Pangolinrest")),
            "text/html", "page.html")));
        byte[] pdf = pdf(a.paragraph(marker(markers, "pii-pdf", "Wombatlantern")));
        ids.add(post(producer, posted, file("pii-pdf", pdf, "application/pdf", "statement.pdf")));
        ids.add(post(producer, posted, file("pii-truncated-pdf",
            pdf(b.paragraph(marker(markers, "pii-truncated-pdf", "Narwhalcopper"))), "application/pdf",
            "statement-cut.pdf", 0.6)));
        ids.add(post(producer, posted, file("pii-latin1-declared-utf8",
            (c.paragraph(marker(markers, "pii-latin1-declared-utf8", "Ibexharbour")) + " Grüße aus Köln.")
                .getBytes(StandardCharsets.ISO_8859_1), "text/plain; charset=UTF-8", "note.txt")));
        ids.add(post(producer, posted, text("pii-oversized",
            a.paragraph(marker(markers, "pii-oversized", "Tapirvelvet")) + " " + SyntheticText.ofSize(11L << 20))));
        ids.add(post(producer, posted, file("pii-named-file", garbage(), null, b.name().replace(' ', '-') + "-payslip.bin")));
        String json = "{\"id\":\"pii-json\",\"text\":\"" + c.paragraph(marker(markers, "pii-json", "Lemurquill")) + "\"}";
        posted.add(producer.postRaw(StackProducer.utf8("pii-json"), StackProducer.utf8(json)));
        ids.add("pii-json");
        byte[] header = Arrays.copyOf(new byte[] {0}, 5);
        ByteBuffer.wrap(header).putInt(1, producer.documentSchemaId());
        byte[] cut = StackProducer.utf8("\u0018pii-avro-cut" + a.paragraph(marker(markers, "pii-avro-cut", "Okapiember")));
        posted.add(producer.postRaw(StackProducer.utf8("pii-avro-cut"), concat(header, cut)));
        ids.add("pii-avro-cut");
      }

      try (StackOutcomes outcomes = new StackOutcomes(stack.bootstrapServers(), topics, services)) {
        boolean done = outcomes.readUntil(() -> ids.stream().allMatch(id -> !outcomes.enriched(id).isEmpty()
            || !outcomes.deadLettersKeyed(id).isEmpty()), Duration.ofMinutes(3));
        assertThat(done).as("every document has an outcome").isTrue();
        assertThat(outcomes.enriched("pii-text")).hasSize(1);
        assertThat(outcomes.deadLettersKeyed("pii-truncated-pdf")).hasSize(1);
        assertThat(outcomes.deadLettersKeyed("pii-json")).hasSize(1);
      }

      List<String> lines = capture.lines();
      assertThat(lines).as("the capture works").anyMatch(line -> line.contains("Capybaralog"))
          .anyMatch(line -> line.contains("Capybaraprint"));
      assertThat(lines).as("the failure paths logged").anyMatch(line -> line.contains("dead-lettering"));
      List<String> secrets = new ArrayList<>(markers.values());
      PEOPLE.forEach(person -> secrets.addAll(person.traces()));
      for (String secret : secrets) {
        assertThat(lines).as("log lines containing \"%s\"", secret).noneMatch(line -> line.contains(secret));
      }
      System.err.printf("searched %d log and console lines for %d markers and personal values%n", lines.size(),
          secrets.size());
    }
  }

  /** A marker sentence around {@code word}, a word no log has reason to contain. */
  private static String marker(Map<String, String> markers, String id, String word) {
    markers.put(id, word);
    return "The marker word of this document is " + word + ".";
  }

  private static String post(StackProducer producer, List<RecordMetadata> posted, Document document) {
    posted.add(producer.post(document));
    return document.getId();
  }

  private static Document text(String id, String text) {
    return Document.newBuilder().setId(id).setTenant("privacy").setSource("test").setEventTime(Instant.now())
        .setContent(new TextContent(text)).build();
  }

  private static Document file(String id, byte[] bytes, String contentType, String fileName) {
    return Document.newBuilder().setId(id).setTenant("privacy").setSource("test").setEventTime(Instant.now())
        .setContent(new BinaryContent(ByteBuffer.wrap(bytes), contentType, fileName)).build();
  }

  private static Document file(String id, byte[] bytes, String contentType, String fileName, double keep) {
    return file(id, Arrays.copyOf(bytes, (int) (bytes.length * keep)), contentType, fileName);
  }

  private static byte[] email(Person person, String marker) {
    return ("From: " + person.name() + " <" + person.email() + ">\r\n"
        + "To: Support <support@docintel.example>\r\n"
        + "Subject: Refund for " + person.name() + "\r\n"
        + "Date: Thu, 1 Jan 2026 09:00:00 +0000\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
        + person.paragraph(marker) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html(Person person, String marker) {
    return ("<!DOCTYPE html><html><head><title>Account of " + person.name() + "</title>"
        + "<meta name=\"author\" content=\"" + person.email() + "\"></head><body><p>" + person.paragraph(marker)
        + "</p><a href=\"mailto:" + person.email() + "\">" + person.phone() + "</a></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        content.newLineAtOffset(40, 700);
        content.showText(text);
        content.endText();
      }
      document.getDocumentInformation().setAuthor(text.substring(5, 21));
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] garbage() {
    byte[] bytes = new byte[2048];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = (byte) 0x9C;
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
