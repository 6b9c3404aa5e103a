package io.docintel.inference.tokenize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pure slicing of a text's content tokens (no special tokens) into model-sized sequences.
 *
 * <p>{@link #truncate} keeps the first window only; {@link #windows} covers the whole text
 * with windows of at most {@code maxLength} tokens (template included) where consecutive
 * windows share {@code stride} content tokens, as Hugging Face's
 * {@code return_overflowing_tokens} with {@code stride} does.
 */
public final class TokenWindows {

  private TokenWindows() {
  }

  public static TokenizedText truncate(TokenizedText content, SpecialTokenTemplate template, int maxLength) {
    int room = room(template, maxLength);
    return wrap(content, 0, Math.min(room, content.length()), template);
  }

  public static List<TokenizedText> windows(TokenizedText content, SpecialTokenTemplate template, int maxLength,
      int stride) {
    List<TokenizedText> out = new ArrayList<>();
    for (int[] range : windowRanges(content.length(), template, maxLength, stride)) {
      out.add(wrap(content, range[0], range[1], template));
    }
    return out;
  }

  /** Content token ranges {@code [from, to)} of each window, in the same order as {@link #windows}. */
  public static List<int[]> windowRanges(int contentLength, SpecialTokenTemplate template, int maxLength,
      int stride) {
    int room = room(template, maxLength);
    if (stride < 0 || stride >= room) {
      throw new IllegalArgumentException("stride must be in [0, " + room + ") for maxLength " + maxLength
          + " but was " + stride);
    }
    List<int[]> out = new ArrayList<>();
    int start = 0;
    do {
      int end = Math.min(start + room, contentLength);
      out.add(new int[] {start, end});
      if (end == contentLength) {
        break;
      }
      start = end - stride;
    } while (true);
    return out;
  }

  private static int room(SpecialTokenTemplate template, int maxLength) {
    int room = maxLength - template.size();
    if (room <= 0) {
      throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room beside "
          + template.size() + " special tokens");
    }
    return room;
  }

  static TokenizedText wrap(TokenizedText content, int from, int to, SpecialTokenTemplate template) {
    int n = template.prefix().length + (to - from) + template.suffix().length;
    long[] ids = new long[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] words = new int[n];
    Arrays.fill(starts, -1);
    Arrays.fill(ends, -1);
    Arrays.fill(words, -1);
    int p = template.prefix().length;
    System.arraycopy(template.prefix(), 0, ids, 0, p);
    System.arraycopy(content.ids(), from, ids, p, to - from);
    System.arraycopy(content.charStarts(), from, starts, p, to - from);
    System.arraycopy(content.charEnds(), from, ends, p, to - from);
    System.arraycopy(content.wordIds(), from, words, p, to - from);
    System.arraycopy(template.suffix(), 0, ids, p + to - from, template.suffix().length);
    return new TokenizedText(ids, starts, ends, words);
  }
}
