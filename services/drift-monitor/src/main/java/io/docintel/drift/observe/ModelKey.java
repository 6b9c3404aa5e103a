package io.docintel.drift.observe;

/**
 * What drift is tracked per: the kind of observation and the model name and version. For input
 * drift the "model" is the tokenizer that counted tokens and the version is the normalizer's.
 */
public record ModelKey(Kind kind, String name, String version) {

  /** The key of this model's records on {@code docintel.drift.v1}: {@code name@version}. */
  public String reportKey() {
    return name + "@" + version;
  }

  /** A stable text form, used as a state store key and to repartition by model. */
  public String text() {
    return kind + "|" + name + "|" + version;
  }
}
