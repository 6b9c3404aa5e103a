package io.docintel.inference.model;

import java.util.Locale;

/** How token vectors become one sentence vector. */
public enum Pooling {
  /** Average of the non-padding token vectors. */
  MEAN,
  /** The first token's vector ({@code [CLS]}). */
  CLS;

  public static Pooling parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown pooling '" + value + "'; expected mean or cls", e);
    }
  }
}
