package io.docintel.classifier.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelSetFileTest {

  @Test
  void theBuiltInSetCoversEverySampleLabelWithDescriptionsAndExamples() {
    LabelSet labels = LabelSetFile.builtIn();
    for (SampleDocument sample : SampleDocuments.all()) {
      assertThat(labels.names()).contains(sample.expectedLabel());
    }
    assertThat(labels.labels()).allSatisfy(spec -> {
      assertThat(spec.descriptions()).hasSize(1);
      assertThat(spec.examples()).hasSizeGreaterThanOrEqualTo(3);
    });
    assertThat(labels.multiLabel()).isFalse();
    assertThat(labels.topK()).isEqualTo(3);
  }

  @Test
  void blankFileSettingMeansTheBuiltInSet() {
    assertThat(LabelSetFile.load(" ").names()).isEqualTo(LabelSetFile.builtIn().names());
  }

  @Test
  void readsAFileWithDefaultsForWhatItLeavesOut(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.json");
    Files.writeString(file, """
        {"multiLabel": true, "labels": [
          {"name": "spam", "description": "Unsolicited advertising."},
          {"name": "ham", "description": "A wanted message.", "examples": ["See you at lunch."]}]}""");
    LabelSet labels = LabelSetFile.load(file.toString());
    assertThat(labels.names()).containsExactly("spam", "ham");
    assertThat(labels.multiLabel()).isTrue();
    assertThat(labels.topK()).isEqualTo(3);
    assertThat(labels.temperature()).isEqualTo(0.05);
    assertThat(labels.labels().get(1).examples()).containsExactly("See you at lunch.");
  }

  @Test
  void listsEveryProblemAtOnce() {
    assertThatThrownBy(() -> LabelSetFile.parse("bad.json", """
        {"topK": 0, "temperature": -1, "labels": [
          {"name": "a", "description": "first"},
          {"name": "a", "description": "again"},
          {"name": "b"},
          {"description": "nameless"},
          {"name": "c", "description": "c", "examples": [" "]}]}"""))
        .isInstanceOfSatisfying(LabelSetException.class, e -> {
          assertThat(e.getMessage()).startsWith("label set bad.json is invalid");
          assertThat(e.problems()).containsExactlyInAnyOrder(
              "topK must be at least 1 but was 0",
              "temperature must be in (0, 10] but was -1.0",
              "label 'a' is listed twice",
              "label 'b' needs a description",
              "labels[3].name is missing",
              "label 'c' has a blank example");
        });
  }

  @Test
  void rejectsUnknownFieldsMalformedJsonAndEmptySets() {
    assertThatThrownBy(() -> LabelSetFile.parse("typo.json", "{\"label\": []}"))
        .isInstanceOf(LabelSetException.class).hasMessageContaining("typo.json").hasMessageContaining("label");
    assertThatThrownBy(() -> LabelSetFile.parse("broken.json", "{\"labels\": [}"))
        .isInstanceOf(LabelSetException.class).hasMessageContaining("not valid label set JSON");
    assertThatThrownBy(() -> LabelSetFile.parse("empty.json", "{\"labels\": []}"))
        .isInstanceOf(LabelSetException.class).hasMessageContaining("at least one label");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> LabelSetFile.load(missing.toString()))
        .isInstanceOf(LabelSetException.class).hasMessageContaining(missing.toString()).hasMessageContaining("cannot be read");
  }
}
