package io.docintel.testkit.eval;

import java.util.Objects;

/** The label a classifier chose for one document, beside the gold label. */
public record LabelPrediction(String documentId, String expected, String predicted) {

  public LabelPrediction {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(predicted, "predicted");
  }
}
