package io.docintel.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HfTokenizerTest {

  private static HfTokenizer minilm;

  @BeforeAll
  static void load() {
    minilm = HfTokenizer.forShippedModel("minilm-l6-q");
  }

  @AfterAll
  static void close() {
    minilm.close();
  }

  @Test
  void countsContentTokensWithoutSpecialTokensOrPadding() {
    assertThat(minilm.countTokens("hello")).isEqualTo(1);
    assertThat(minilm.countTokens("Hello, world!")).isEqualTo(4);
    assertThat(minilm.countTokens("")).isZero();
  }

  @Test
  void countsTokensTheVocabularyCannotSpell() {
    assertThat(minilm.countUnknownTokens("Hello, world!")).isZero();
    // MiniLM's uncased WordPiece vocabulary has no pieces for these symbols.
    assertThat(minilm.countUnknownTokens("\uD83D\uDE00 \u2A0C \uA9C1")).isGreaterThanOrEqualTo(2);
  }
  @Test
  void countGivesBothCountsFromOneEncoding() {
    assertThat(minilm.count("Hello, world!")).isEqualTo(new TokenCount(4, 0));
    String odd = "Hello \uD83D\uDE00 \u2A0C \uA9C1";
    assertThat(minilm.count(odd))
        .isEqualTo(new TokenCount(minilm.countTokens(odd), minilm.countUnknownTokens(odd)));
    assertThat(minilm.count(odd).unknown()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void countsALongTextInSlicesExactlyAsOneEncodingWould() {
    String longText = longMixedText();
    TokenizedText whole = minilm.encodeContent(longText);
    long unknownId = minilm.encodeContent("\u2A0C").ids()[0];
    long wholeUnknown = java.util.Arrays.stream(whole.ids()).filter(id -> id == unknownId).count();

    TokenCount sliced = minilm.count(longText);

    assertThat(wholeUnknown).isPositive();
    assertThat(sliced).isEqualTo(new TokenCount(whole.length(), (int) wholeUnknown));
    assertThat(minilm.countTokens(longText)).isEqualTo(whole.length());
    assertThat(minilm.countUnknownTokens(longText)).isEqualTo(wholeUnknown);
  }


  @Test
  void locatesTokensWhereEncodingPlacesThem() {
    String text = "Café owners love Kafka, 財務部門 and \u2A0C.";
    TokenStarts starts = minilm.locate(text);
    assertThat(starts.starts()).containsExactly(minilm.encodeContent(text).charStarts());
    assertThat(starts.total()).isEqualTo(minilm.count(text));
    assertThat(text.substring(starts.starts()[1])).startsWith("owners");
  }

  @Test
  void placesTokensInUtf16OffsetsAfterCharactersOutsideTheBasicPlane() {
    String text = "\uD83D\uDE00\uD83D\uDE00 Kafka streams";
    int[] starts = minilm.locate(text).starts();
    assertThat(starts).contains(5, 11);
    assertThat(text.substring(starts[starts.length - 1])).isEqualTo("streams");

    TokenizedText content = minilm.encodeContent(text);
    int last = content.length() - 1;
    assertThat(text.substring(content.charStarts()[last], content.charEnds()[last])).isEqualTo("streams");
    List<TextSlice> slices = minilm.splitByTokenBudget(text + " \uD83D\uDE00 after", 2);
    assertThat(String.join("", slices.stream().map(TextSlice::text).toList())).isEqualTo(text + " \uD83D\uDE00 after");
    assertThat(slices).allSatisfy(slice -> assertThat(Character.isLowSurrogate(slice.text().charAt(0))).isFalse());
  }

  @Test
  void locatesALongTextInSlicesAsOneEncodingWould() {
    String longText = longMixedText();
    TokenizedText whole = minilm.encodeContent(longText);

    TokenStarts sliced = minilm.locate(longText);

    assertThat(sliced.starts()).containsExactly(whole.charStarts());
    assertThat(sliced.startingIn(0, longText.length())).isEqualTo(whole.length());
    int sentenceEnd = longText.indexOf(';') + 1;
    assertThat(sliced.startingIn(0, sentenceEnd)).isEqualTo(minilm.countTokens(longText.substring(0, sentenceEnd)));
  }

  @Test
  void countsTheTokensThatStartInASpan() {
    TokenStarts starts = new TokenStarts(new int[] {0, 2, 2, 5}, 0);
    assertThat(starts.startingIn(0, 2)).isEqualTo(1);
    assertThat(starts.startingIn(2, 3)).isEqualTo(2);
    assertThat(starts.startingIn(0, 6)).isEqualTo(4);
    assertThat(starts.startingIn(3, 5)).isZero();
    assertThat(starts.startingIn(5, 5)).isZero();
    assertThat(starts.total()).isEqualTo(new TokenCount(4, 0));
  }

  @Test
  void learnsBertTemplate() {
    assertThat(minilm.template().prefix()).containsExactly(101L);
    assertThat(minilm.template().suffix()).containsExactly(102L);
  }

  @Test
  void encodesWithSpecialTokensOffsetsAndTruncation() {
    String text = "Café owners love Kafka";
    TokenizedText t = minilm.encode(text, 512);
    assertThat(t.ids()[0]).isEqualTo(101L);
    assertThat(t.ids()[t.length() - 1]).isEqualTo(102L);
    assertThat(t.isSpecial(0)).isTrue();
    for (int i = 1; i < t.length() - 1; i++) {
      String piece = text.substring(t.charStarts()[i], t.charEnds()[i]).toLowerCase();
      assertThat(piece).isNotBlank();
    }
    assertThat(text.substring(t.charStarts()[1], t.charEnds()[1])).isEqualTo("Café");
    TokenizedText cut = minilm.encode(text, 4);
    assertThat(cut.length()).isEqualTo(4);
    assertThat(cut.ids()[3]).isEqualTo(102L);
  }

  @Test
  void windowsCoverLongTextWithStride() {
    String text = "one two three four five six seven eight nine ten eleven twelve";
    List<TokenizedText> windows = minilm.encodeWindows(text, 6, 1);
    // 12 content tokens, 4 per window, 1 shared: [0,4) [3,7) [6,10) [9,12)
    assertThat(windows).hasSize(4);
    assertThat(windows).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(6));
    TokenizedText first = windows.get(0);
    TokenizedText second = windows.get(1);
    assertThat(second.ids()[1]).isEqualTo(first.ids()[4]);
    TokenizedText last = windows.get(3);
    assertThat(text.substring(last.charStarts()[last.length() - 2])).isEqualTo("twelve");
  }

  @Test
  void splitsTextIntoSlicesWithinBudgetCoveringEverything() {
    String text = "Kafka partitions scale consumers. Streams apps keep state in stores. Models run on CPU.";
    int total = minilm.countTokens(text);
    List<TextSlice> slices = minilm.splitByTokenBudget(text, 5);
    assertThat(slices).hasSize((total + 4) / 5);
    StringBuilder joined = new StringBuilder();
    for (TextSlice s : slices) {
      assertThat(s.tokenCount()).isLessThanOrEqualTo(5);
      assertThat(minilm.countTokens(s.text())).isLessThanOrEqualTo(5);
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
      joined.append(s.text());
    }
    assertThat(joined.toString()).isEqualTo(text);
    assertThat(minilm.splitByTokenBudget("short text", 5)).singleElement()
        .satisfies(s -> assertThat(s.tokenCount()).isEqualTo(2));
  }

  @Test
  void isSafeForConcurrentCallers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i % 10 + 1;
        counts.add(pool.submit(() -> minilm.countTokens("word ".repeat(n))));
      }
      for (int i = 0; i < counts.size(); i++) {
        assertThat(counts.get(i).get()).isEqualTo(i % 10 + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failsClearlyAfterCloseAndForUnknownModels() {
    HfTokenizer t = HfTokenizer.forShippedModel("bge-small-q");
    assertThat(t.countTokens("hello world")).isEqualTo(2);
    t.close();
    t.close();
    assertThatThrownBy(() -> t.countTokens("x")).hasMessageContaining("closed");
    assertThatThrownBy(() -> HfTokenizer.forShippedModel("gpt-5")).hasMessageContaining("minilm-l6-q");
  }

  /** Five slices' worth of mixed text, with long words across the slice length. */
  private static String longMixedText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 5 * HfTokenizer.COUNT_SLICE_CHARS; i++) {
      text.append("Invoice INV-").append(i).append(" for Café Zürich,\tdue 2026-12-0").append(i % 9)
          .append(".  Symbols \u2A0C \uA9C1 and 財務部門 follow;\n");
      if (i % 50 == 0) {
        // A long word across the slice length: slices may only end before a space.
        text.append("x".repeat(HfTokenizer.COUNT_SLICE_CHARS / 3)).append(' ');
      }
    }
    return text.toString();
  }
}
