package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SchemaStateTest {

  private final SchemaState state = new SchemaState();

  private void apply(byte[] key, byte[] value) throws IOException {
    state.apply(StoreRecords.parse(key), StoreRecords.parse(value));
  }

  @Test
  void schemaRecordsInConfluentShapeBuildSubjectsVersionsAndIds() throws IOException {
    apply(StoreRecords.schemaKey("a-value", 1), StoreRecords.schemaValue(new SchemaVersion("a-value", 1, 1, "\"string\"", false)));
    apply(StoreRecords.schemaKey("b-value", 1), StoreRecords.schemaValue(new SchemaVersion("b-value", 1, 1, "\"string\"", false)));
    apply(StoreRecords.schemaKey("b-value", 2), StoreRecords.schemaValue(new SchemaVersion("b-value", 2, 2, "\"int\"", false)));

    assertThat(state.subjects(false)).containsExactly("a-value", "b-value");
    assertThat(state.version("b-value", "latest", false).id()).isEqualTo(2);
    assertThat(state.idFor("\"string\"")).isEqualTo(1);
    assertThat(state.idFor("\"long\"")).isEqualTo(3);
    assertThat(state.versionsById(1)).extracting(SchemaVersion::subject).containsExactly("a-value", "b-value");
  }

  @Test
  void keysAreWrittenInConfluentsFieldOrder() {
    assertThat(new String(StoreRecords.schemaKey("s", 2)))
        .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":2,\"magic\":1}");
    assertThat(new String(StoreRecords.configKey(null)))
        .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}");
  }

  @Test
  void softDeletedVersionsKeepTheirNumbersAndTombstonesRemoveThem() throws IOException {
    apply(StoreRecords.schemaKey("s", 1), StoreRecords.schemaValue(new SchemaVersion("s", 1, 1, "\"string\"", true)));
    assertThat(state.subjects(false)).isEmpty();
    assertThat(state.subjects(true)).containsExactly("s");
    assertThat(state.nextVersion("s")).isEqualTo(2);
    assertThat(catchThrowableOfType(RegistryException.class, () -> state.versions("s", false)).errorCode()).isEqualTo(40401);

    apply(StoreRecords.schemaKey("s", 1), null);
    assertThat(state.subjects(true)).isEmpty();
    assertThat(state.schemaById(1)).contains("\"string\"");
  }

  @Test
  void confluentDeleteSubjectRecordsSoftDeleteUpToTheirVersion() throws IOException {
    apply(StoreRecords.schemaKey("s", 1), StoreRecords.schemaValue(new SchemaVersion("s", 1, 1, "\"string\"", false)));
    apply(StoreRecords.schemaKey("s", 2), StoreRecords.schemaValue(new SchemaVersion("s", 2, 2, "\"int\"", false)));
    apply("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"s\",\"magic\":0}".getBytes(),
        "{\"subject\":\"s\",\"version\":1}".getBytes());
    assertThat(state.versions("s", false)).extracting(SchemaVersion::version).containsExactly(2);
  }

  @Test
  void configRecordsSetAndClearLevels() throws IOException {
    assertThat(state.effectiveLevel("s")).isEqualTo(CompatibilityLevel.BACKWARD);
    apply(StoreRecords.configKey(null), StoreRecords.configValue(CompatibilityLevel.FULL));
    apply(StoreRecords.configKey("s"), StoreRecords.configValue(CompatibilityLevel.NONE));
    assertThat(state.effectiveLevel("s")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(state.effectiveLevel("t")).isEqualTo(CompatibilityLevel.FULL);
    apply(StoreRecords.configKey("s"), null);
    assertThat(state.effectiveLevel("s")).isEqualTo(CompatibilityLevel.FULL);
  }
}
