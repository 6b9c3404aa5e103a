package io.docintel.classifier.stream;

import java.util.Locale;

/** What became of one feedback record; the {@code outcome} tag of the feedback counter. */
enum FeedbackOutcome {
  /** Turned into prototype updates. */
  APPLIED,
  /** Carried no label correction (e.g. entity feedback only). */
  NO_LABEL,
  /** The classifier does not learn from feedback (sequence-classification model). */
  NOT_APPLICABLE;

  String tag() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
