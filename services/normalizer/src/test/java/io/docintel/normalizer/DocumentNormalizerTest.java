package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.BadSampleDocument;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentNormalizerTest {

  private static final Instant EVENT_TIME = Instant.parse("2026-11-23T10:15:30.123Z");
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:31.456Z");

  private static DocumentNormalizer normalizer;

  @BeforeAll
  static void loadModels() {
    normalizer = new DocumentNormalizer(new WhitespaceTokenCounter(), "1.2.3", NormalizerLimits.DEFAULTS,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Document file(String id, byte[] bytes, String contentType, String fileName) {
    return Document.newBuilder().setId(id).setTenant("acme").setSource("test:" + id)
        .setContent(new BinaryContent(ByteBuffer.wrap(bytes), contentType, fileName))
        .setMetadata(Map.of("batch", "7")).setEventTime(EVENT_TIME).build();
  }

  private static Document text(String id, String text) {
    return Document.newBuilder().setId(id).setContent(new TextContent(text)).setEventTime(EVENT_TIME).build();
  }

  private static Reason reasonOf(Document document) {
    try {
      normalizer.normalize(document);
    } catch (UnreadableDocumentException e) {
      return e.reason();
    }
    throw new AssertionError("document " + document.getId() + " was not rejected");
  }

  static Stream<SampleDocument> samples() {
    return SampleDocuments.all().stream();
  }

  static Stream<BadSampleDocument> badSamples() {
    return SampleDocuments.bad().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleFormatYieldsItsExpectedPhrase(SampleDocument sample) {
    NormalizedDocument normalized = normalizer.normalize(file(sample.name(), sample.bytes(), null, sample.fileName()));
    assertThat(normalized.getText()).contains(sample.expectedPhrase());
    assertThat(normalized.getLanguage()).isEqualTo("en");
    assertThat(normalized.getContentType()).startsWith(sample.contentType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleSentencesAndChunksAreConsistent(SampleDocument sample) {
    NormalizedDocument normalized = normalizer.normalize(
        file(sample.name(), sample.bytes(), sample.contentType(), sample.fileName()));
    String text = normalized.getText();
    List<Span> sentences = normalized.getSentences();
    int previousEnd = 0;
    for (Span sentence : sentences) {
      assertThat(text.substring(previousEnd, sentence.getStart())).isBlank();
      previousEnd = sentence.getEnd();
    }
    assertThat(previousEnd).isEqualTo(text.length());
    List<Chunk> chunks = normalized.getChunks();
    assertThat(chunks.get(0).getSpan().getStart()).isZero();
    assertThat(chunks.get(chunks.size() - 1).getSpan().getEnd()).isEqualTo(text.length());
    for (Chunk chunk : chunks) {
      assertThat(chunk.getTokenCount()).isBetween(1, Chunker.DEFAULT_MAX_TOKENS);
      assertThat(chunk.getSpan().getStart()).isEqualTo(sentences.get(chunk.getFirstSentence()).getStart());
      assertThat(chunk.getSpan().getEnd())
          .isEqualTo(sentences.get(chunk.getFirstSentence() + chunk.getSentenceCount() - 1).getEnd());
    }
  }

  @Test
  void theLongReportBecomesManyChunks() {
    SampleDocument report = SampleDocuments.LONG_REPORT;
    NormalizedDocument normalized = normalizer.normalize(file("report", report.bytes(), null, report.fileName()));
    assertThat(normalized.getTokenCount()).isGreaterThanOrEqualTo(4000);
    assertThat(normalized.getChunks()).hasSizeGreaterThan(15);
    assertThat(normalized.getSentences()).hasSizeGreaterThan(150);
    assertThat(normalized.getProvenance().getChunksTotal()).isEqualTo(normalized.getChunks().size());
  }

  @Test
  void fillsEveryField() {
    SampleDocument invoice = SampleDocuments.INVOICE_PDF;
    NormalizedDocument normalized = normalizer.normalize(file("inv-1", invoice.bytes(), "application/pdf", "invoice.pdf"));
    assertThat(normalized.getId()).isEqualTo("inv-1");
    assertThat(normalized.getTenant()).isEqualTo("acme");
    assertThat(normalized.getSource()).isEqualTo("test:inv-1");
    assertThat(normalized.getEventTime()).isEqualTo(EVENT_TIME);
    assertThat(normalized.getMetadata()).containsEntry("batch", "7")
        .containsEntry("title", "Invoice INV-2026-0417")
        .containsEntry("author", "Northwind Office Supplies GmbH");
    assertThat(normalized.getContentType()).isEqualTo("application/pdf");
    assertThat(normalized.getLanguageConfidence()).isGreaterThan(0.8);
    assertThat(normalized.getContentSha256()).isEqualTo(ContentHash.sha256Hex(normalized.getText()));
    assertThat(normalized.getTokenizer()).isEqualTo("whitespace");
    assertThat(normalized.getTokenCount()).isEqualTo(new WhitespaceTokenCounter().countTokens(normalized.getText()));
    assertThat(normalized.getProvenance().getService()).isEqualTo("normalizer");
    assertThat(normalized.getProvenance().getServiceVersion()).isEqualTo("1.2.3");
    assertThat(normalized.getProvenance().getModel()).isNull();
    assertThat(normalized.getProvenance().getStartedAt()).isEqualTo(NOW);
    assertThat(normalized.getProvenance().getProcessingMillis()).isGreaterThanOrEqualTo(0);
    assertThat(normalized.getProvenance().getChunksCovered()).isEqualTo(normalized.getChunks().size());
    assertThat(normalized.getProvenance().getChunksTotal()).isEqualTo(normalized.getChunks().size());
  }

  @Test
  void producerMetadataWinsOverExtractedTitle() {
    SampleDocument invoice = SampleDocuments.INVOICE_PDF;
    Document document = file("inv-2", invoice.bytes(), null, null);
    document.setMetadata(Map.of("title", "Posted title"));
    assertThat(normalizer.normalize(document).getMetadata()).containsEntry("title", "Posted title");
  }

  @Test
  void textContentIsTakenAsTextAndCleaned() {
    NormalizedDocument normalized = normalizer.normalize(text("t-1",
        "  The tram line opens on Monday.   It runs every six minutes.\u0007\r\n\r\n\r\nTickets cost two euros. "));
    assertThat(normalized.getText())
        .isEqualTo("The tram line opens on Monday. It runs every six minutes.\n\nTickets cost two euros.");
    assertThat(normalized.getContentType()).isEqualTo("text/plain");
    assertThat(normalized.getTenant()).isEqualTo("default");
    assertThat(normalized.getSentences()).extracting(span -> normalized.getText().substring(span.getStart(), span.getEnd()))
        .containsExactly("The tram line opens on Monday.", "It runs every six minutes.", "Tickets cost two euros.");
  }

  @Test
  void composedAndDecomposedTextNormalizeToTheSameTextAndHash() {
    NormalizedDocument composed = normalizer.normalize(text("c", "Le caf\u00E9 de la gare ouvre \u00E0 six heures."));
    NormalizedDocument decomposed = normalizer.normalize(text("d", "Le cafe\u0301 de la gare ouvre a\u0300 six heures."));
    assertThat(decomposed.getText()).isEqualTo(composed.getText());
    assertThat(decomposed.getContentSha256()).isEqualTo(composed.getContentSha256());
  }

  @Test
  void detectsTheLanguageOfGermanText() {
    NormalizedDocument normalized = normalizer.normalize(text("de", "Die neue Straßenbahnlinie verbindet den "
        + "Hauptbahnhof mit dem ehemaligen Hafengelände. Die Bahnen fahren zur Hauptverkehrszeit alle sechs Minuten."));
    assertThat(normalized.getLanguage()).isEqualTo("de");
    assertThat(normalized.getSentences()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSamples")
  void everyBadSampleIsRejectedWithItsReason(BadSampleDocument sample) {
    Document document = file(sample.name(), sample.bytes(), sample.contentType(), sample.fileName());
    assertThat(reasonOf(document)).isEqualTo(Reason.valueOf(sample.expectedReason()));
  }

  @Test
  void emptyAndWhitespaceOnlyTextIsEmpty() {
    assertThat(reasonOf(text("e1", ""))).isEqualTo(Reason.EMPTY);
    assertThat(reasonOf(text("e2", " \n\t \r\n "))).isEqualTo(Reason.EMPTY);
    assertThat(reasonOf(file("e3", "   \n\n  ".getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "blank.txt")))
        .isEqualTo(Reason.EMPTY);
  }

  @Test
  void oversizedDocumentsAreTooLarge() {
    DocumentNormalizer strict = new DocumentNormalizer(new WhitespaceTokenCounter(), "1.2.3",
        NormalizerLimits.DEFAULTS.withMaxDocumentBytes(1_000));
    byte[] report = SampleDocuments.LONG_REPORT.bytes();
    assertThatThrownBy(() -> strict.normalize(file("big-file", report, null, null)))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
          assertThat(e.getMessage()).doesNotContain("Eastvale");
        });
    // 400 "é" are 400 characters but 800 UTF-8 bytes; 600 are 1,200 bytes
    assertThat(strict.normalize(text("fits", "\u00E9".repeat(400))).getText()).hasSize(400);
    assertThatThrownBy(() -> strict.normalize(text("big-text", "\u00E9".repeat(600))))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
          assertThat(e.getMessage()).contains("document too large: 1.2 KiB > 1000 bytes limit (1200 bytes)");
        });
  }

  @Test
  void givesTheSameResultsFromManyThreadsAtOnce() throws Exception {
    List<SampleDocument> samples = SampleDocuments.all();
    List<NormalizedDocument> sequential = samples.stream()
        .map(sample -> normalizer.normalize(file(sample.name(), sample.bytes(), null, sample.fileName()))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NormalizedDocument>> parallel = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (SampleDocument sample : samples) {
          parallel.add(pool.submit(() -> normalizer.normalize(file(sample.name(), sample.bytes(), null, sample.fileName()))));
        }
      }
      for (int i = 0; i < parallel.size(); i++) {
        NormalizedDocument expected = sequential.get(i % samples.size());
        NormalizedDocument actual = parallel.get(i).get(60, TimeUnit.SECONDS);
        assertThat(actual.getContentSha256()).isEqualTo(expected.getContentSha256());
        assertThat(actual.getSentences()).isEqualTo(expected.getSentences());
        assertThat(actual.getChunks()).isEqualTo(expected.getChunks());
        assertThat(actual.getLanguage()).isEqualTo(expected.getLanguage());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void chunkBudgetAndOverlapComeFromTheLimits() {
    DocumentNormalizer small = new DocumentNormalizer(new WhitespaceTokenCounter(), "1.2.3",
        NormalizerLimits.DEFAULTS.withChunking(40, 2));
    NormalizedDocument normalized = small.normalize(file("r", SampleDocuments.LONG_REPORT.bytes(), null, null));
    List<Chunk> chunks = normalized.getChunks();
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.getTokenCount()).isLessThanOrEqualTo(40));
    long sharingTwo = 0;
    for (int i = 1; i < chunks.size(); i++) {
      Chunk previous = chunks.get(i - 1);
      int shared = previous.getFirstSentence() + previous.getSentenceCount() - chunks.get(i).getFirstSentence();
      assertThat(shared).isBetween(0, 2);
      sharingTwo += shared == 2 ? 1 : 0;
    }
    assertThat(sharingTwo).isGreaterThan(0);
  }
}
