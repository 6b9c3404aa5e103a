package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void composesToNfcSoDecomposedAndComposedTextAreEqual() {
    String composed = "Caf\u00E9 cr\u00E8me";
    String decomposed = "Cafe\u0301 cre\u0300me";
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(cleaner.clean(decomposed)).isEqualTo(cleaner.clean(composed)).isEqualTo(composed);
    assertThat(ContentHash.sha256Hex(cleaner.clean(decomposed))).isEqualTo(ContentHash.sha256Hex(cleaner.clean(composed)));
  }

  @Test
  void removesControlCharactersButKeepsNewlinesAndTabs() {
    String cleaned = cleaner.clean("bell\u0007 and\u0000 escape\u001B[0m\nname\tvalue\u007F\u009F");
    assertThat(cleaned).isEqualTo("bell and escape[0m\nname\tvalue");
    assertThat(cleaned.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'))
        .isEmpty();
  }

  @Test
  void removesInvisibleFormatCharacters() {
    assertThat(cleaner.clean("\uFEFFhy\u00ADphen\u200Bated")).isEqualTo("hyphenated");
  }

  @Test
  void foldsWhitespaceRunsWithinALine() {
    assertThat(cleaner.clean("  too    many \u00A0 spaces   \nnext\t \tline  ")).isEqualTo("too many spaces\nnext\tline");
  }

  @Test
  void unifiesLineBreaksAndCollapsesBlankLines() {
    assertThat(cleaner.clean("one\r\ntwo\rthree\u2028four\n\n\n\n   \n\nfive\f\fsix"))
        .isEqualTo("one\ntwo\nthree\nfour\n\nfive\n\nsix");
  }

  @Test
  void trimsTheWholeText() {
    assertThat(cleaner.clean("\n\n  \t text \n\n ")).isEqualTo("text");
  }

  @Test
  void whitespaceOnlyTextBecomesEmpty() {
    assertThat(cleaner.clean(" \n\t\u0000\r\n ")).isEmpty();
  }

  @Test
  void keepsSurrogatePairsAndDropsUnpairedSurrogates() {
    assertThat(cleaner.clean("emoji \uD83D\uDE00 lone \uD83D end \uDE00")).isEqualTo("emoji \uD83D\uDE00 lone end");
  }

  @Test
  void rejectsTextThatIsMostlyReplacementCharacters() {
    assertThatThrownBy(() -> cleaner.clean("\uFFFD\uFFFDa\uFFFD\uFFFDb\uFFFD\uFFFD ok"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE);
          assertThat(e.getMessage()).doesNotContain("ok");
        });
  }

  @Test
  void rejectsTextFullOfNuls() {
    // UTF-16 bytes read as Latin-1 leave a NUL after every letter
    assertThatThrownBy(() -> cleaner.clean("h\u0000e\u0000l\u0000l\u0000o\u0000"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE));
  }

  @Test
  void toleratesAFewReplacementCharactersInLongText() {
    String text = "The invoice total is 100 euros \uFFFD payable within thirty days of the invoice date.";
    assertThat(cleaner.clean(text)).isEqualTo(text);
  }
}
