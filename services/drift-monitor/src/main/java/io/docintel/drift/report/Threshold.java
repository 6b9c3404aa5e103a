package io.docintel.drift.report;

import io.docintel.schemas.DriftStatus;

/** WARN and ALERT levels of one metric; a value at or above a level reaches it. */
public record Threshold(double warn, double alert) {

  public Threshold {
    if (!(warn >= 0 && alert >= warn)) {
      throw new IllegalArgumentException("need 0 <= warn <= alert, got warn " + warn + " and alert " + alert);
    }
  }

  public DriftStatus grade(double value) {
    if (value >= alert) {
      return DriftStatus.ALERT;
    }
    return value >= warn ? DriftStatus.WARN : DriftStatus.OK;
  }
}
