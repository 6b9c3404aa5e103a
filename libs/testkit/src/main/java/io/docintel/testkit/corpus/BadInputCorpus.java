package io.docintel.testkit.corpus;

import static io.docintel.testkit.corpus.ExpectedOutcome.rejected;
import static io.docintel.testkit.corpus.ExpectedOutcome.result;
import static io.docintel.testkit.corpus.ExpectedOutcome.resultContaining;
import static io.docintel.testkit.corpus.ExpectedOutcome.undeserializable;

import io.docintel.testkit.SampleDocuments;
import io.docintel.testkit.corpus.CorpusInput.PostedFile;
import io.docintel.testkit.corpus.CorpusInput.PostedText;
import io.docintel.testkit.corpus.CorpusInput.WireRecord;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The bad-input corpus: documents and raw records that a producer could post and that have
 * broken services elsewhere, each with the outcome docintel must reach (see {@link ExpectedOutcome}).
 * Large and synthetic inputs are generated when a case is posted; small binary fixtures are files
 * under {@code samples/bad/}. To add a case, add one line to {@link #build()}: a unique name, what
 * it exercises, its input, and its expected outcome.
 */
public final class BadInputCorpus {

  /** Phrases the readable cases must keep; each appears in exactly one case. */
  public static final String LONE_SURROGATE_PHRASE = "The rest of the note is fine.";
  public static final String CONTROL_PHRASE = "Line one with a bell.";
  public static final String BOM_PHRASE = "This note starts with a byte order mark.";
  public static final String SCRIPT_PAGE_PHRASE = "The page under all that script says hello.";
  public static final String EMAIL_PHRASE = "Please find the three attachments below.";
  public static final String NUL_PHRASE = "A few NUL characters hide in this sentence.";
  public static final String UNKNOWN_TYPE_PHRASE = "Nobody registered this content type.";

  private static final List<CorpusCase> ALL = build();

  private BadInputCorpus() {}

  /** Every case, wire-level ones first. */
  public static List<CorpusCase> all() {
    return ALL;
  }

  /** The case called {@code name}. */
  public static CorpusCase named(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no corpus case named " + name));
  }

  private static List<CorpusCase> build() {
    List<CorpusCase> cases = new ArrayList<>();
    // Raw records on docintel.documents.v1: framing and Avro the serde must refuse.
    cases.add(wire("wire-wrong-magic-byte", "Confluent framing with magic byte 1",
        id -> magic((byte) 1, DocumentWireBytes.record(id, DocumentWireBytes.body("wire-wrong-magic-byte", "Hello."))),
        undeserializable("unknown magic byte 0x01")));
    cases.add(wire("wire-json-not-avro", "a JSON document posted without the registry serde",
        id -> utf8("{\"id\":\"wire-json-not-avro\",\"text\":\"Hello.\"}"), undeserializable("unknown magic byte 0x7b")));
    cases.add(wire("wire-unknown-schema-id", "a schema id the registry never issued",
        id -> DocumentWireBytes.record(1_999_999_999, DocumentWireBytes.body("wire-unknown-schema-id", "Hello.")),
        undeserializable("unknown schema id 1999999999")));
    cases.add(wire("wire-short-header", "three bytes, shorter than the 5-byte header",
        id -> new byte[] {0, 0, 1}, undeserializable("fewer than the 5-byte Confluent header")));
    cases.add(wire("wire-empty-value", "a record value of zero bytes",
        id -> new byte[0], undeserializable("fewer than the 5-byte Confluent header")));
    cases.add(wire("wire-truncated-avro", "a valid header and half of a valid body", id -> {
      byte[] body = DocumentWireBytes.body("wire-truncated-avro", "A document cut off in the middle of its text.");
      return DocumentWireBytes.record(id, java.util.Arrays.copyOf(body, body.length / 2));
    }, undeserializable("cannot decode")));
    cases.add(wire("wire-bad-union-branch", "content union branch 7 of 2",
        id -> DocumentWireBytes.record(id, DocumentWireBytes.body("wire-bad-union-branch", 7, "Hello.")),
        undeserializable("cannot decode")));
    cases.add(wire("wire-huge-string-length", "a string that claims 2 GB and carries 3 bytes",
        id -> DocumentWireBytes.record(id, DocumentWireBytes.declaredLength(Integer.MAX_VALUE - 16)),
        undeserializable("a string of 2147483631 bytes where only 3 remain")));
    cases.add(wire("wire-negative-string-length", "a string of length -5",
        id -> DocumentWireBytes.record(id, DocumentWireBytes.declaredLength(-5)),
        undeserializable("a string of negative length -5")));
    cases.add(new CorpusCase("wire-incompatible-schema", "a Feedback record, under its own schema id, on the documents topic",
        new CorpusInput.ForeignRecord(utf8("wire-incompatible-schema")), undeserializable("incompatible with the reader's schema")));
    cases.add(new CorpusCase("wire-tombstone", "a record with a key and no value",
        new WireRecord(utf8("wire-tombstone"), id -> null), rejected("no value")));
    cases.add(new CorpusCase("wire-no-key", "a valid document in a record without a key",
        new WireRecord(null, id -> DocumentWireBytes.record(id, DocumentWireBytes.body("wire-no-key",
            "A valid document whose record has no key."))), rejected("no key")));

    // Text posted as text.
    cases.add(text("text-empty", "an empty string", () -> "", rejected("EMPTY")));
    cases.add(text("text-whitespace-only", "spaces, tabs, newlines and no-break spaces",
        () -> " \t\n\u00A0\u2003\r\n \u3000 ", rejected("EMPTY")));
    cases.add(text("text-control-characters-only", "nothing but C0 controls", () -> "\u0001\u0002\u0007\u001B\u007F",
        rejected("EMPTY")));
    cases.add(text("text-20-mib", "20 MiB of sentences, twice the default limit", () -> SyntheticText.ofSize(20L << 20),
        rejected("document too large: 20.0 MiB > 10.0 MiB limit")));
    cases.add(text("text-nul-only", "a text of NUL characters", () -> "\u0000".repeat(4096), rejected("UNDECODABLE")));
    cases.add(text("text-nul-sprinkled", "a sentence with a few NULs", () -> "A few NUL\u0000 characters hide in "
        + "this\u0000 sentence.", resultContaining(NUL_PHRASE)));
    cases.add(text("text-lone-surrogate", "an unpaired high surrogate", () -> "Broken pair \uD83D here. "
        + LONE_SURROGATE_PHRASE, resultContaining(LONE_SURROGATE_PHRASE)));
    cases.add(text("text-chinese", "CJK only", () -> Scripts.CHINESE, resultContaining("财务部门审核了所有发票")));
    cases.add(text("text-japanese", "kanji and kana", () -> Scripts.JAPANESE, resultContaining("経理部")));
    cases.add(text("text-arabic", "right-to-left Arabic", () -> Scripts.ARABIC, resultContaining("راجع قسم المالية")));
    cases.add(text("text-hebrew", "right-to-left Hebrew", () -> Scripts.HEBREW, resultContaining("מחלקת הכספים")));
    cases.add(text("text-emoji-only", "emoji sequences and nothing else", () -> Scripts.EMOJI, resultContaining("🚚")));
    cases.add(text("text-combining-marks", "decomposed accents", () -> Scripts.COMBINING,
        resultContaining(Scripts.COMBINING_NFC_PHRASE)));
    cases.add(text("text-stacked-marks", "200 combining marks on every letter",
        () -> Scripts.stackedMarks("Stacked marks everywhere. Still a sentence.", 200), result()));
    cases.add(text("text-mixed-scripts", "every script at once, with RTL overrides", Scripts::mixed,
        resultContaining("The end of the weekly report.")));
    cases.add(text("text-100k-sentences", "100,000 short sentences in one paragraph", () -> SyntheticText.sentences(100_000),
        result()));
    cases.add(text("text-1-mb-word", "one word of a million letters", () -> SyntheticText.longWord(1 << 20),
        resultContaining("That was the whole word.")));
    cases.add(text("text-very-long-lines", "50 lines of 20,000 characters, no full stop",
        () -> SyntheticText.longLines(50, 20_000), result()));
    cases.add(text("text-numbers-only", "amounts, dates and ids without words", () -> SyntheticText.numbersOnly(5_000),
        result()));
    cases.add(text("text-punctuation-only", "punctuation marks without words", () -> SyntheticText.punctuationOnly(2_000),
        result()));
    cases.add(text("text-single-character", "one letter", () -> "x", resultContaining("x")));
    cases.add(text("text-control-characters", "bell, escape sequences, backspace and DEL inside text",
        () -> "Line one\u0007 with a bell.\u001B[31m Red\u001B[0m text.\b And a DEL\u007F.", resultContaining(CONTROL_PHRASE)));
    cases.add(text("text-bom", "a byte order mark at the start and one in the middle",
        () -> "\uFEFF" + BOM_PHRASE + " A second\uFEFF one hides here.", resultContaining(BOM_PHRASE)));

    // Files posted as bytes with a content type.
    cases.add(file("file-empty", "zero bytes", SampleDocuments.EMPTY_FILE::bytes, "text/plain", "empty.txt",
        rejected("EMPTY")));
    cases.add(file("file-binary-garbage", "random bytes with no known magic number", SampleDocuments.BINARY_GARBAGE::bytes,
        null, "garbage.bin", rejected("UNDECODABLE")));
    cases.add(file("file-latin1-declared-utf8", "Latin-1 bytes declared UTF-8", SampleDocuments.INVALID_UTF8::bytes,
        "text/plain; charset=UTF-8", "brief.txt", rejected("UNDECODABLE")));
    cases.add(file("file-invalid-utf8-undeclared", "broken UTF-8 sequences in text with no declared charset",
        () -> invalidUtf8(), "text/plain", "broken.txt", result()));
    cases.add(file("file-truncated-pdf", "the invoice PDF cut to a third", SampleDocuments.TRUNCATED_PDF::bytes,
        "application/pdf", "truncated.pdf", rejected("EXTRACTION_FAILED")));
    cases.add(file("file-encrypted-pdf", "a PDF that needs a password to open",
        () -> SampleDocuments.load("samples/bad/encrypted.pdf"), "application/pdf", "encrypted.pdf",
        rejected("ENCRYPTED: encrypted PDF")));
    cases.add(file("file-blank-pdf", "a PDF page with no text (a scan needs OCR)",
        () -> SampleDocuments.load("samples/bad/blank.pdf"), "application/pdf", "blank.pdf", rejected("EMPTY")));
    cases.add(file("file-image-without-text", "a PNG image", Images::pngWithoutText, "image/png", "stripes.png",
        rejected("EMPTY")));
    cases.add(file("file-docx-zip-bomb", "a DOCX whose document part inflates to 2 GiB", () -> Archives.docxBomb(2),
        SampleDocuments.POLICY_DOCX.contentType(), "bomb.docx", rejected("decompression bomb")));
    cases.add(file("file-docx-zip-bomb-1-gib", "a DOCX whose document part inflates to 1 GiB",
        () -> Archives.docxBomb(1), SampleDocuments.POLICY_DOCX.contentType(), "bomb1.docx",
        rejected("part too large to parse")));
    cases.add(file("file-docx-zip-bomb-understated", "a 1 GiB document part whose ZIP headers claim 64 KiB",
        () -> Archives.docxBombUnderstated(1), SampleDocuments.POLICY_DOCX.contentType(), "liar.docx",
        rejected("EXTRACTION_FAILED")));
    cases.add(file("file-gzip-bomb", "a gzip file inflating to 2 GiB of spaces", () -> Archives.gzipBomb(2),
        "application/gzip", "log.txt.gz", rejected("extracted text exceeds")));
    cases.add(file("file-nested-zips", "a zip in a zip, ten levels deep", () -> Archives.nestedZips(10),
        "application/zip", "nested.zip", resultContaining("level-9.zip")));
    cases.add(file("file-zip-fan-out", "ten zips in each of four levels of zips: 10,000 files",
        () -> Archives.fanOutZips(10, 4), "application/zip", "fan-out.zip", result()));
    cases.add(file("file-docx-without-body", "a DOCX package missing its document part", Archives::docxWithoutBody,
        SampleDocuments.POLICY_DOCX.contentType(), "hollow.docx", rejected("EXTRACTION_FAILED")));
    cases.add(file("file-billion-laughs", "XML entity expansion to a billion strings", Markup::billionLaughs,
        "application/xml", "lolz.xml", rejected("entity expansion bomb")));
    cases.add(file("file-html-100k-nesting", "an HTML body 100,000 divs deep", () -> Markup.deeplyNestedHtml(100_000),
        "text/html", "nested.html", resultContaining("The sentence at the bottom of the nesting.")));
    cases.add(file("file-html-huge-script", "4 MB of inline style and script around one sentence",
        () -> Markup.htmlWithHugeScript(2_000_000, SCRIPT_PAGE_PHRASE), "text/html", "script.html",
        resultContaining(SCRIPT_PAGE_PHRASE)));
    cases.add(file("file-email-nested-attachments", "an e-mail forwarding e-mails with attachments, three deep",
        () -> NestedEmail.withAttachments(EMAIL_PHRASE, SampleDocuments.INVOICE_PDF.bytes(), 3), "message/rfc822",
        "forwarded.eml", resultContaining(EMAIL_PHRASE)));
    cases.add(file("file-pdf-declared-text", "PDF bytes declared text/plain", SampleDocuments.INVOICE_PDF::bytes,
        "text/plain", "invoice.txt", resultContaining(SampleDocuments.INVOICE_PDF.expectedPhrase())));
    cases.add(file("file-html-declared-pdf", "HTML bytes declared application/pdf", SampleDocuments.NEWS_HTML::bytes,
        "application/pdf", "news.pdf", resultContaining(SampleDocuments.NEWS_HTML.expectedPhrase())));
    cases.add(file("file-docx-declared-html", "DOCX bytes declared text/html", SampleDocuments.POLICY_DOCX::bytes,
        "text/html", "memo.html", resultContaining(SampleDocuments.POLICY_DOCX.expectedPhrase())));
    cases.add(file("file-unknown-content-type", "a content type nobody registered",
        () -> utf8(UNKNOWN_TYPE_PHRASE + " The bytes are plain text all the same."), "application/x-docintel-unknown",
        "mystery.dat", resultContaining(UNKNOWN_TYPE_PHRASE)));
    cases.add(file("file-malformed-content-type", "a content type that does not parse",
        () -> utf8("The declared type was gibberish. The text is fine."), ";;text//plain;charset===", null,
        resultContaining("The declared type was gibberish.")));
    cases.add(file("file-utf8-bom", "UTF-8 with a byte order mark", () -> bom(StandardCharsets.UTF_8,
        "UTF-8 with a BOM in front. Nothing else is odd."), "text/plain", "bom8.txt",
        resultContaining("UTF-8 with a BOM in front.")));
    cases.add(file("file-utf16-bom", "UTF-16LE with a byte order mark", () -> bom(StandardCharsets.UTF_16LE,
        "UTF-16 little endian with a BOM. Tika reads the mark."), "text/plain", "bom16.txt",
        resultContaining("UTF-16 little endian with a BOM.")));
    cases.add(file("file-11-mib", "11 MiB of text as a file, over the default limit",
        () -> utf8(SyntheticText.ofSize(11L << 20)), "text/plain", "big.txt", rejected("document too large: 11.0 MiB > 10.0 MiB limit")));
    requireUniqueNames(cases);
    return List.copyOf(cases);
  }

  private static CorpusCase wire(String name, String description, IntFunction<byte[]> value, ExpectedOutcome expected) {
    return new CorpusCase(name, description, new WireRecord(utf8(name), value), expected);
  }

  private static CorpusCase text(String name, String description, Supplier<String> text, ExpectedOutcome expected) {
    return new CorpusCase(name, description, new PostedText(text), expected);
  }

  private static CorpusCase file(String name, String description, Supplier<byte[]> bytes, String contentType,
      String fileName, ExpectedOutcome expected) {
    return new CorpusCase(name, description, new PostedFile(bytes, contentType, fileName), expected);
  }

  private static byte[] magic(byte magic, byte[] record) {
    record[0] = magic;
    return record;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bom(Charset charset, String text) {
    byte[] mark = charset == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        : new byte[] {(byte) 0xFF, (byte) 0xFE};
    return DocumentWireBytes.concat(mark, text.getBytes(charset));
  }

  /** Readable English with stray continuation bytes, overlong forms and a cut-off sequence. */
  private static byte[] invalidUtf8() {
    byte[] start = utf8("Mostly readable text with broken bytes. ");
    byte[] broken = {(byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xAF, (byte) 0xE2, (byte) 0x82};
    byte[] end = utf8(" The sentence after them is intact.");
    return DocumentWireBytes.concat(DocumentWireBytes.concat(start, broken), end);
  }

  private static void requireUniqueNames(List<CorpusCase> cases) {
    Set<String> names = new HashSet<>();
    for (CorpusCase c : cases) {
      if (!names.add(c.name())) {
        throw new IllegalStateException("two corpus cases are called " + c.name());
      }
    }
  }
}
