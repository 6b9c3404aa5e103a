package io.docintel.inference.tokenize;

/**
 * Turns the character offsets the native tokenizer reports, which count code points, into offsets
 * into the Java string, which count UTF-16 units: the two differ after any character outside the
 * Basic Multilingual Plane (most emoji, some CJK), which takes two units.
 */
final class CodePointOffsets {

  /** UTF-16 offset of each code point offset, or null when the text has no surrogate pairs. */
  private final int[] utf16;

  CodePointOffsets(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      this.utf16 = null;
      return;
    }
    this.utf16 = new int[codePoints + 1];
    int index = 0;
    for (int c = 0; c < codePoints; c++) {
      utf16[c] = index;
      index += Character.charCount(text.codePointAt(index));
    }
    utf16[codePoints] = text.length();
  }

  /** The UTF-16 offset of a code point offset within the text (0 to its code point count). */
  int toUtf16(int codePointOffset) {
    return utf16 == null ? codePointOffset : utf16[codePointOffset];
  }
}
