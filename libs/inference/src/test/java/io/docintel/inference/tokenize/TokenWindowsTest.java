package io.docintel.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWindowsTest {

  private static final SpecialTokenTemplate BERT = new SpecialTokenTemplate(new long[] {101}, new long[] {102});

  private static TokenizedText content(int n) {
    long[] ids = new long[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = 1000 + i;
      starts[i] = 2 * i;
      ends[i] = 2 * i + 1;
      words[i] = i;
    }
    return new TokenizedText(ids, starts, ends, words);
  }

  @Test
  void infersTemplateFromTwoEncodings() {
    SpecialTokenTemplate t = SpecialTokenTemplate.infer(new long[] {0, 7, 8, 2}, new long[] {7, 8});
    assertThat(t.prefix()).containsExactly(0L);
    assertThat(t.suffix()).containsExactly(2L);
    assertThat(SpecialTokenTemplate.infer(new long[] {7, 8, 1}, new long[] {7, 8}).prefix()).isEmpty();
  }

  @Test
  void truncatesAndWrapsWithSpecialTokens() {
    TokenizedText t = TokenWindows.truncate(content(10), BERT, 5);
    assertThat(t.ids()).containsExactly(101, 1000, 1001, 1002, 102);
    assertThat(t.charStarts()).containsExactly(-1, 0, 2, 4, -1);
    assertThat(t.wordIds()).containsExactly(-1, 0, 1, 2, -1);
  }

  @Test
  void stridedWindowsOverlapByStride() {
    List<TokenizedText> w = TokenWindows.windows(content(10), BERT, 6, 2);
    // room 4, step 2: [0,4) [2,6) [4,8) [6,10)
    assertThat(w).hasSize(4);
    assertThat(w.get(1).ids()).containsExactly(101, 1002, 1003, 1004, 1005, 102);
    assertThat(w.get(3).ids()).containsExactly(101, 1006, 1007, 1008, 1009, 102);
    assertThat(TokenWindows.windowRanges(10, BERT, 6, 2)).hasSize(4);
    assertThat(TokenWindows.windows(content(3), BERT, 6, 2)).hasSize(1);
  }

  @Test
  void rejectsStrideThatWouldNotAdvance() {
    assertThatThrownBy(() -> TokenWindows.windows(content(10), BERT, 6, 4)).hasMessageContaining("stride");
    assertThatThrownBy(() -> TokenWindows.truncate(content(10), BERT, 2)).hasMessageContaining("no room");
  }
}
