package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

  private static final Schema V1 = schema("{\"name\":\"id\",\"type\":\"string\"}");
  private static final Schema WITH_DEFAULTED_FIELD =
      schema("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}");
  private static final Schema WITH_REQUIRED_FIELD =
      schema("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"}");
  private static final Schema WITHOUT_ID = schema("{\"name\":\"n\",\"type\":\"int\",\"default\":0}");

  private static Schema schema(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}");
  }

  @Test
  void addingAFieldWithADefaultIsBackwardAndForwardCompatible() {
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FULL, WITH_DEFAULTED_FIELD, List.of(V1))).isEmpty();
  }

  @Test
  void addingARequiredFieldBreaksBackwardButNotForward() {
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, WITH_REQUIRED_FIELD, List.of(V1)))
        .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("n");
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD, WITH_REQUIRED_FIELD, List.of(V1))).isEmpty();
  }

  @Test
  void removingARequiredFieldBreaksForward() {
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD, WITHOUT_ID, List.of(V1))).isNotEmpty();
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, WITHOUT_ID, List.of(V1))).isEmpty();
  }

  @Test
  void nonTransitiveLevelsOnlyCompareWithTheLatestSchema() {
    List<Schema> history = List.of(V1, WITHOUT_ID);
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD, WITHOUT_ID, history)).isEmpty();
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.FORWARD_TRANSITIVE, WITHOUT_ID, history)).isNotEmpty();
  }

  @Test
  void noneAcceptsAnything() {
    Schema unrelated = new Schema.Parser().parse("\"string\"");
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.NONE, unrelated, List.of(V1))).isEmpty();
    assertThat(CompatibilityChecker.incompatibilities(CompatibilityLevel.BACKWARD, unrelated, List.of(V1))).isNotEmpty();
  }
}
