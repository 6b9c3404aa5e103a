package io.docintel.normalizer;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import java.text.Normalizer;

/**
 * Turns extracted or posted text into the normalizer's clean text: Unicode NFC; line breaks
 * unified to {@code \n}; control characters other than {@code \n} and {@code \t} and invisible
 * format characters (BOM, soft hyphen, zero-width space) removed; each run of horizontal
 * whitespace inside a line folded to one space (one tab if the run holds a tab, so tabular text
 * keeps its columns); whitespace at line ends dropped; at most one blank line in a row; the whole
 * trimmed. Stateless and thread-safe.
 */
public final class TextCleaner {

  /** Share of replacement characters and NULs among non-whitespace characters above which text counts as undecodable. */
  static final double MAX_UNDECODABLE_SHARE = 0.10;
  /** Fewer undecodable characters than this never reject a text, so one stray U+FFFD in a short note passes. */
  static final int MIN_UNDECODABLE_COUNT = 3;

  /**
   * Cleans {@code raw}; returns an empty string when nothing but whitespace and control
   * characters remains (the caller decides whether that is an error).
   *
   * @throws UnreadableDocumentException with {@link Reason#UNDECODABLE} when the text is mostly
   *     U+FFFD replacement characters or NULs, the marks of bytes decoded with the wrong charset
   */
  public String clean(String raw) {
    rejectUndecodable(raw);
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    int pendingNewlines = 0;
    boolean pendingSpace = false;
    boolean pendingTab = false;
    boolean lineHasText = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        pendingNewlines++;
        pendingSpace = false;
        pendingTab = false;
        lineHasText = false;
      } else if (c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
        pendingTab |= c == '\t';
      } else if (isRemoved(text, i)) {
        // dropped: does not break a whitespace run either
      } else {
        if (out.length() > 0 && pendingNewlines > 0) {
          out.append(pendingNewlines >= 2 ? "\n\n" : "\n");
        } else if (lineHasText && pendingSpace) {
          out.append(pendingTab ? '\t' : ' ');
        }
        out.append(c);
        pendingNewlines = 0;
        pendingSpace = false;
        pendingTab = false;
        lineHasText = true;
      }
    }
    return out.toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isRemoved(String text, int i) {
    char c = text.charAt(i);
    if (Character.getType(c) == Character.CONTROL) {
      return true;
    }
    if (c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || c == '\u2060') {
      return true;
    }
    // Unpaired surrogates cannot be encoded as UTF-8, so they would make the hash lie.
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  private static void rejectUndecodable(String raw) {
    int undecodable = 0;
    int visible = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\uFFFD' || c == '\u0000') {
        undecodable++;
      }
      if (!Character.isWhitespace(c)) {
        visible++;
      }
    }
    if (undecodable >= MIN_UNDECODABLE_COUNT && undecodable > MAX_UNDECODABLE_SHARE * visible) {
      throw new UnreadableDocumentException(Reason.UNDECODABLE,
          undecodable + " of " + visible + " characters are replacement characters or NULs");
    }
  }
}
