package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.schemas.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static SentenceSplitter splitter;

  @BeforeAll
  static void loadModel() {
    splitter = new SentenceSplitter();
  }

  private static List<String> texts(String text, List<Span> spans) {
    return spans.stream().map(span -> text.substring(span.getStart(), span.getEnd())).toList();
  }

  @Test
  void offsetsPointAtTheSentencesInTheText() {
    String text = "Dr. Smith met Mrs. Jones on Monday. The meeting lasted two hours! Was it useful? Nobody knows.";
    List<Span> spans = splitter.split(text, "en");
    assertThat(texts(text, spans)).containsExactly(
        "Dr. Smith met Mrs. Jones on Monday.", "The meeting lasted two hours!", "Was it useful?", "Nobody knows.");
    assertThat(spans.get(0).getStart()).isZero();
    assertThat(spans.get(spans.size() - 1).getEnd()).isEqualTo(text.length());
  }

  @Test
  void offsetsCountUtf16UnitsAfterSupplementaryCharacters() {
    String text = "Great news \uD83D\uDE00 today. The tram line opens on Monday.";
    List<Span> spans = splitter.split(text, "en");
    assertThat(texts(text, spans)).containsExactly("Great news \uD83D\uDE00 today.", "The tram line opens on Monday.");
    assertThat(spans.get(1).getStart()).isEqualTo(text.indexOf("The tram"));
  }

  @Test
  void aBlankLineAlwaysEndsASentence() {
    String text = "Invoice INV-2026-0417\n\nTotal due: EUR 1,284.50\n\nPlease pay within 30 days";
    assertThat(texts(text, splitter.split(text, "en")))
        .containsExactly("Invoice INV-2026-0417", "Total due: EUR 1,284.50", "Please pay within 30 days");
  }

  @Test
  void everyNonWhitespaceCharacterIsInExactlyOneSentence() {
    String text = "First line without a stop\nstill the same paragraph. Second sentence here.\n\n"
        + "A new paragraph (with brackets). And \"quotes.\" End";
    List<Span> spans = splitter.split(text, "en");
    int previousEnd = 0;
    for (Span span : spans) {
      assertThat(span.getStart()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(previousEnd, span.getStart())).isBlank();
      String sentence = text.substring(span.getStart(), span.getEnd());
      assertThat(sentence).isNotBlank().isEqualTo(sentence.strip());
      previousEnd = span.getEnd();
    }
    assertThat(previousEnd).isEqualTo(text.length());
  }

  @Test
  void fallsBackToLocaleRulesForOtherLanguages() {
    String german = "Die Bahn fährt ab Montag. Der Bau dauerte zwei Jahre.";
    assertThat(texts(german, splitter.split(german, "de")))
        .containsExactly("Die Bahn fährt ab Montag.", "Der Bau dauerte zwei Jahre.");
    String japanese = "新しい路面電車が開業しました。利用者は一日二万八千人の見込みです。";
    assertThat(texts(japanese, splitter.split(japanese, "ja")))
        .containsExactly("新しい路面電車が開業しました。", "利用者は一日二万八千人の見込みです。");
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(splitter.split("", "en")).isEmpty();
  }
}
