package io.docintel.classifier;

import io.docintel.common.config.Setting;
import java.time.Duration;
import java.util.List;

/** The classifier's own settings, on top of {@code ServiceSettings}. */
public final class ClassifierSettings {

  public static final Setting<String> LABELS_FILE =
      Setting.string("classifier.labels.file", "", "JSON label set file; blank uses the built-in business label set");
  public static final Setting<String> MODEL =
      Setting.string("classifier.model", "minilm-l6-q", "cheap embedding model that answers first (name or folder)");
  public static final Setting<String> ESCALATION_MODEL =
      Setting.string("classifier.escalation.model", "bge-small-q",
          "stronger embedding model that decides when the cheap one is unsure; 'none' disables routing");
  public static final Setting<Double> ESCALATION_THRESHOLD =
      Setting.of("classifier.escalation.threshold", ClassifierSettings::probability, 0.6,
          "top confidence below which the stronger model decides, 0 to 1");
  public static final Setting<Integer> ESCALATION_MAX_CHUNKS =
      Setting.count("classifier.escalation.max.chunks", 8,
          "chunks the stronger model scores at most when it decides, spread evenly over the ones scored first");
  public static final Setting<String> SEQUENCE_MODEL =
      Setting.string("classifier.sequence.model", "",
          "sequence-classification model folder; when set it replaces prototypes (labels from its id2label)");
  public static final Setting<Integer> MAX_CHUNKS =
      Setting.count("classifier.max.chunks", 32, "chunks scored per document, spread evenly over long documents");
  public static final Setting<Duration> FEEDBACK_RETENTION =
      Setting.duration("classifier.feedback.retention", Duration.ofDays(7),
          "how long a document's embedding is kept so that feedback on it can be applied");
  public static final Setting<Integer> MAX_LEARNED_EXAMPLES =
      Setting.count("classifier.max.learned.examples", 64, "learned examples kept per label and model, newest win");

  public static final List<Setting<?>> ALL = List.of(LABELS_FILE, MODEL, ESCALATION_MODEL, ESCALATION_THRESHOLD,
      ESCALATION_MAX_CHUNKS, SEQUENCE_MODEL, MAX_CHUNKS, FEEDBACK_RETENTION, MAX_LEARNED_EXAMPLES);

  private ClassifierSettings() {}

  private static Double probability(String text) {
    double value = Double.parseDouble(text);
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("expected a number from 0 to 1");
    }
    return value;
  }
}
