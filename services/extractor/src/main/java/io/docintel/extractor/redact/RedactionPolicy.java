package io.docintel.extractor.redact;

import java.util.Locale;

/** What happens to personal data in the copy of the text an extraction may carry. */
public enum RedactionPolicy {
  /** No redacted copy. */
  NONE,
  /** Each mention becomes {@code [TYPE]}. */
  MASK,
  /** Each mention becomes {@code [TYPE:<10 hex of HMAC-SHA256(salt, mention)>]}: joinable, not readable. */
  HASH,
  /** Each mention is removed. */
  DROP;

  public static RedactionPolicy parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
