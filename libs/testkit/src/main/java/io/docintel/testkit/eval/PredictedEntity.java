package io.docintel.testkit.eval;

import java.util.Objects;

/**
 * One entity an extractor reported: its type, UTF-16 offsets {@code [start, end)} into the
 * document text, its normalized value (or null) and whether it was flagged as personal data.
 */
public record PredictedEntity(String type, int start, int end, String normalized, boolean personalData) {

  public PredictedEntity {
    Objects.requireNonNull(type, "type");
  }

  /** A prediction without normalized value, personal data when its type is. */
  public PredictedEntity(String type, int start, int end) {
    this(type, start, end, null, EntityTypes.isPersonalData(type));
  }
}
