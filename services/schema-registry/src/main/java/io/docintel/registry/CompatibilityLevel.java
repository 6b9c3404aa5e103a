package io.docintel.registry;

import java.util.Locale;

/** Confluent's compatibility levels; the {@code _TRANSITIVE} forms check every earlier version. */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  /** What a registry uses when neither the subject nor the global config sets a level. */
  public static final CompatibilityLevel DEFAULT = BACKWARD;

  final boolean backward;
  final boolean forward;
  final boolean transitive;

  CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /** Parses a level case-insensitively; an unknown one is Confluent's error 42203. */
  public static CompatibilityLevel parse(String text) {
    if (text == null) {
      throw RegistryException.invalidCompatibilityLevel("null");
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RegistryException.invalidCompatibilityLevel(text);
    }
  }
}
