package io.docintel.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.classifier.labels.LabelSetException;
import io.docintel.common.config.Config;
import io.docintel.common.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up validation that needs no broker: bad settings and label sets fail before anything runs. */
class ClassifierAppTest {

  @Test
  void settingsHaveDocumentedDefaults() {
    Config config = Config.load(ClassifierApp.SETTINGS, Map.of());
    assertThat(config.get(ClassifierSettings.MODEL)).isEqualTo("minilm-l6-q");
    assertThat(config.get(ClassifierSettings.ESCALATION_MODEL)).isEqualTo("bge-small-q");
    assertThat(config.get(ClassifierSettings.ESCALATION_THRESHOLD)).isEqualTo(0.6);
    assertThat(ClassifierSettings.LABELS_FILE.envName()).isEqualTo("DOCINTEL_CLASSIFIER_LABELS_FILE");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> Config.load(ClassifierApp.SETTINGS, Map.of("DOCINTEL_CLASSIFIER_ESCALATION_THRESHOLD", "1.2")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DOCINTEL_CLASSIFIER_ESCALATION_THRESHOLD='1.2' is invalid: expected a number from 0 to 1");
  }

  @Test
  void anInvalidLabelFileStopsTheStartWithItsProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.json");
    Files.writeString(file, "{\"labels\": [{\"name\": \"invoice\"}]}");
    Config config = Config.load(ClassifierApp.SETTINGS, Map.of(
        "DOCINTEL_CLASSIFIER_LABELS_FILE", file.toString(),
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "unreachable:1"));
    assertThatThrownBy(() -> ClassifierApp.start(config))
        .isInstanceOf(LabelSetException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("label 'invoice' needs a description");
  }
}
