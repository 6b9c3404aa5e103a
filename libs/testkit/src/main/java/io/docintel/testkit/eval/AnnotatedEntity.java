package io.docintel.testkit.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One gold entity mention: its type, the UTF-16 offsets {@code [start, end)} into the
 * document text (Java {@code String} indices), the covered text, and for DATE and MONEY the
 * expected normalized value ({@code 2025-03-14}, {@code 1250.00 EUR}); null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnotatedEntity(String type, int start, int end, String text, String normalized,
    boolean personalData) {

  public AnnotatedEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + type);
    }
  }

  /** Whether this span and {@code [otherStart, otherEnd)} share at least one character. */
  public boolean overlaps(int otherStart, int otherEnd) {
    return otherStart < end && start < otherEnd;
  }
}
