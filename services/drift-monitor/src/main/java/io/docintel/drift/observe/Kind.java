package io.docintel.drift.observe;

/** Which input topic an observation came from, and so which drift metrics it feeds. */
public enum Kind {
  /** A classification: prediction, confidence, truncation and embedding drift. */
  PREDICTION,
  /** A normalized document: input drift (length, language, chunking, empty or short). */
  INPUT,
  /** An extraction: entity mix and rates per 1k tokens, personal-data rate. */
  EXTRACTION,
  /** A label correction or confirmation, attributed to the classifier model that gave the label. */
  FEEDBACK
}
