package io.docintel.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.extractor.fields.KeyFieldExtractor;
import io.docintel.extractor.fields.KeyFieldRule;
import io.docintel.extractor.recognize.EntityRecognizer;
import io.docintel.extractor.recognize.EntityType;
import io.docintel.extractor.recognize.Mention;
import io.docintel.extractor.recognize.PatternRecognizer;
import io.docintel.extractor.redact.RedactionPolicy;
import io.docintel.extractor.redact.Redactor;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Chunked documents are re-joined: whole-text offsets, overlap repeats merged, coverage stated. */
class DocumentExtractorTest {

  // Three sentences; chunks [s0 s1] and [s1 s2] share the middle one, as the normalizer's overlap does.
  static final String S0 = "Invoice No: NW-2025-0117 was sent by Anna Berg on 3 March 2025. ";
  static final String S1 = "Questions go to anna.berg@example.org or +44 20 7946 0958. ";
  static final String S2 = "Anna Berg expects €1,250.00 into DE89 3704 0044 0532 0130 00.";
  static final String TEXT = S0 + S1 + S2;
  static final NormalizedDocument DOCUMENT = TestDocuments.withChunks("doc-1", TEXT,
      new int[] {0, S0.length() + S1.length()}, new int[] {S0.length(), TEXT.length()});

  final StubNameModel names = new StubNameModel();
  final DocumentExtractor extractor = new DocumentExtractor(List.of(new PatternRecognizer(), names),
      new KeyFieldExtractor(KeyFieldRule.defaults()), new Redactor(RedactionPolicy.MASK, ""), null, "test",
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void mentionsFromEveryChunkGetWholeTextOffsets() {
    Extraction extraction = extractor.extract(DOCUMENT);
    assertThat(extraction.getEntities()).allSatisfy(e ->
        assertThat(TEXT.substring(e.getSpan().getStart(), e.getSpan().getEnd())).isEqualTo(e.getText()));
    assertThat(extraction.getEntities()).extracting(e -> e.getType() + ":" + e.getText()).containsExactly(
        "PERSON:Anna Berg", "DATE:3 March 2025", "EMAIL:anna.berg@example.org", "PHONE:+44 20 7946 0958",
        "PERSON:Anna Berg", "MONEY:€1,250.00", "IBAN:DE89 3704 0044 0532 0130 00");
    assertThat(extraction.getEntities().get(6).getSpan().getStart()).isEqualTo(TEXT.indexOf("DE89"));
  }

  @Test
  void theOverlapOfTwoChunksGivesEachMentionOnce() {
    List<Entity> entities = extractor.extract(DOCUMENT).getEntities();
    assertThat(entities).filteredOn(e -> e.getType().equals("EMAIL")).hasSize(1);
    assertThat(entities).extracting(e -> e.getSpan().getStart() + "-" + e.getSpan().getEnd()).doesNotHaveDuplicates();
  }

  @Test
  void theModelRunsOncePerDocumentOverAllChunks() {
    extractor.extract(DOCUMENT);
    assertThat(names.calls).containsExactly(2);
  }

  @Test
  void provenanceStatesChunkCoverageAndTheRecordCarriesFieldsAndRedaction() {
    Extraction extraction = extractor.extract(DOCUMENT);
    assertThat(extraction.getProvenance().getChunksCovered()).isEqualTo(2);
    assertThat(extraction.getProvenance().getChunksTotal()).isEqualTo(2);
    assertThat(extraction.getProvenance().getService()).isEqualTo("extractor");
    assertThat(extraction.getProvenance().getModel()).isNull();
    assertThat(extraction.getKeyFields()).containsEntry("invoice_number", "NW-2025-0117");
    assertThat(extraction.getRedactionPolicy()).isEqualTo("mask");
    assertThat(extraction.getRedactedText()).startsWith("Invoice No: NW-2025-0117 was sent by [PERSON] on 3 March 2025.")
        .contains("[EMAIL] or [PHONE]", "into [IBAN].").doesNotContain("anna.berg", "Anna Berg", "DE89");
  }

  @Test
  void aDocumentWithoutChunksIsOneChunk() {
    Extraction extraction = extractor.extract(TestDocuments.unchunked("doc-2", S1));
    assertThat(extraction.getEntities()).extracting(Entity::getType).containsExactly("EMAIL", "PHONE");
    assertThat(extraction.getProvenance().getChunksCovered()).isEqualTo(1);
    assertThat(extraction.getProvenance().getChunksTotal()).isEqualTo(1);
  }

  /** A stand-in model recognizer: "Anna Berg" is a person; records how many texts each call had. */
  static final class StubNameModel implements EntityRecognizer {
    final List<Integer> calls = new ArrayList<>();

    @Override
    public List<Mention> recognize(String text) {
      List<Mention> mentions = new ArrayList<>();
      Matcher m = Pattern.compile("Anna Berg").matcher(text);
      while (m.find()) {
        mentions.add(new Mention(EntityType.PERSON, m.start(), m.end(), m.group(), null, 0.8, "stub"));
      }
      return mentions;
    }

    @Override
    public List<List<Mention>> recognizeAll(List<String> texts) {
      synchronized (calls) {
        calls.add(texts.size());
      }
      return texts.stream().map(this::recognize).toList();
    }

    @Override
    public boolean usesModel() {
      return true;
    }
  }
}
