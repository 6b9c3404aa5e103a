package io.docintel.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.testkit.corpus.CorpusInput.PostedFile;
import io.docintel.testkit.corpus.CorpusInput.PostedText;
import io.docintel.testkit.corpus.CorpusInput.WireRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class BadInputCorpusTest {

  @Test
  void atLeastFortyUniquelyNamedCasesOfEveryKind() {
    List<CorpusCase> cases = BadInputCorpus.all();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    Set<String> names = new HashSet<>();
    cases.forEach(c -> assertThat(names.add(c.name())).as(c.name()).isTrue());
    assertThat(cases).anyMatch(c -> c.input() instanceof WireRecord)
        .anyMatch(c -> c.input() instanceof PostedText).anyMatch(c -> c.input() instanceof PostedFile);
    assertThat(cases).anyMatch(c -> c.expected().outcome() == Outcome.RESULT)
        .anyMatch(c -> c.expected().outcome() == Outcome.DEAD_LETTER);
    assertThat(BadInputCorpus.named("text-20-mib").expected().reason()).contains("20.0 MiB");
  }

  @Test
  void everyInputCanBeMadeAndWireCasesFrameAsClaimed() {
    for (CorpusCase c : BadInputCorpus.all()) {
      if (c.input() instanceof WireRecord wire) {
        byte[] value = wire.value().apply(42);
        if (c.name().equals("wire-tombstone")) {
          assertThat(value).isNull();
        } else {
          assertThat(value).as(c.name()).isNotNull();
        }
      } else if (c.input() instanceof PostedText text) {
        assertThat(text.text().get()).as(c.name()).isNotNull();
      } else if (c.input() instanceof PostedFile file) {
        assertThat(file.bytes().get()).as(c.name()).isNotNull();
      }
    }
    byte[] truncated = ((WireRecord) BadInputCorpus.named("wire-truncated-avro").input()).value().apply(42);
    assertThat(truncated).startsWith(0, 0, 0, 0, 42);
    assertThat(((WireRecord) BadInputCorpus.named("wire-wrong-magic-byte").input()).value().apply(42)[0]).isEqualTo((byte) 1);
  }

  @Test
  void hugeTextsAreAsLargeAsTheirNamesSay() {
    String twenty = ((PostedText) BadInputCorpus.named("text-20-mib").input()).text().get();
    assertThat((long) twenty.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(20L << 20);
    assertThat(SyntheticText.sentences(1000).split("\\. ")).hasSize(1000);
    assertThat(SyntheticText.longWord(1 << 20)).containsPattern("[a-z]{1048576}");
  }

  @Test
  void theDocxBombIsAValidZipWhoseDocumentInflatesToAGibibyte() throws IOException {
    byte[] bomb = Archives.docxBomb(1);
    assertThat(bomb.length).isLessThan(2 << 20);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bomb))) {
      long documentBytes = -1;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        long inflated = drain(zip);
        if (entry.getName().equals("word/document.xml")) {
          documentBytes = inflated;
        }
      }
      assertThat(documentBytes).isGreaterThan(1L << 30);
    }
  }

  @Test
  void theGzipBombInflatesToTwoGibibytesWithAValidTrailer() throws IOException {
    byte[] bomb = Archives.gzipBomb(2);
    assertThat(bomb.length).isLessThan(4 << 20);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bomb))) {
      assertThat(drain(in)).isGreaterThan(2L << 30);
    }
  }

  @Test
  void fanOutZipsHoldAZipPerCopy() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Archives.fanOutZips(3, 2)))) {
      int entries = 0;
      while (zip.getNextEntry() != null) {
        entries++;
      }
      assertThat(entries).isEqualTo(3);
    }
  }

  @Test
  void billionLaughsNestsTenLevelsOfEntities() {
    String xml = new String(Markup.billionLaughs(), StandardCharsets.UTF_8);
    assertThat(xml).contains("<!ENTITY lol9 \"" + "&lol8;".repeat(10) + "\">").endsWith("<lolz>&lol9;</lolz>\n");
  }

  /** Reads {@code in} to its end, CRC checks included, and returns how many bytes it gave. */
  private static long drain(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      total += n;
    }
    return total;
  }
}
