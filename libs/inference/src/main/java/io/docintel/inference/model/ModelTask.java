package io.docintel.inference.model;

import java.util.Locale;

/** What a model computes; decides which inputs and outputs its ONNX files must have. */
public enum ModelTask {
  FEATURE_EXTRACTION("feature-extraction"),
  SEQUENCE_CLASSIFICATION("text-classification"),
  TOKEN_CLASSIFICATION("token-classification"),
  SEQ2SEQ("text2text-generation");

  private final String hfName;

  ModelTask(String hfName) {
    this.hfName = hfName;
  }

  /** Hugging Face pipeline name, e.g. {@code token-classification}. */
  public String hfName() {
    return hfName;
  }

  /** Accepts the Hugging Face names, their common aliases and the enum names. */
  public static ModelTask parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (v) {
      case "feature-extraction", "embedding", "sentence-similarity":
        return FEATURE_EXTRACTION;
      case "text-classification", "sequence-classification":
        return SEQUENCE_CLASSIFICATION;
      case "token-classification", "ner":
        return TOKEN_CLASSIFICATION;
      case "text2text-generation", "seq2seq", "summarization", "translation":
        return SEQ2SEQ;
      default:
        throw new IllegalArgumentException("Unknown task '" + value + "'; expected one of feature-extraction,"
            + " text-classification, token-classification, text2text-generation");
    }
  }
}
