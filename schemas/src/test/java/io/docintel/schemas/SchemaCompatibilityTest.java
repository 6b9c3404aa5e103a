package io.docintel.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Holds every contract in {@code src/main/avro} against its released copy in {@code released/v1}:
 * today's schema must read data written with the released one (Avro BACKWARD), so a breaking
 * change fails the build. Releasing a compatible change means copying the file into released/.
 */
class SchemaCompatibilityTest {

  static final Map<String, Schema> CURRENT = SchemaFiles.parse(Path.of("src/main/avro"));
  static final Map<String, Schema> RELEASED = SchemaFiles.parse(Path.of("released/v1"));

  @Test
  void everyReleasedContractStillExists() {
    assertThat(CURRENT.keySet()).containsAll(RELEASED.keySet());
  }

  @Test
  void everyContractReadsDataWrittenWithItsReleasedVersion() {
    List<String> breaks = new ArrayList<>();
    RELEASED.forEach((file, released) -> {
      var result = SchemaCompatibility.checkReaderWriterCompatibility(CURRENT.get(file), released);
      if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
        breaks.add(file + ": " + result.getResult().getIncompatibilities());
      }
    });
    assertThat(breaks).isEmpty();
  }

  @Test
  void theCheckerCatchesABreakingChange() {
    Schema released = RELEASED.get("Document.avsc");
    String withNewRequiredField = released.toString().replace(
        "\"fields\":[", "\"fields\":[{\"name\":\"priority\",\"type\":\"int\"},");
    Schema breaking = new Schema.Parser().parse(withNewRequiredField);
    assertThat(SchemaCompatibility.checkReaderWriterCompatibility(breaking, released).getType())
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void everyRecordAndFieldIsDocumented() {
    List<String> undocumented = new ArrayList<>();
    CURRENT.values().forEach(schema -> collectUndocumented(schema, undocumented, new ArrayList<>()));
    assertThat(undocumented).isEmpty();
  }

  private static void collectUndocumented(Schema schema, List<String> undocumented, List<String> seen) {
    switch (schema.getType()) {
      case RECORD -> {
        if (seen.contains(schema.getFullName())) {
          return;
        }
        seen.add(schema.getFullName());
        if (schema.getDoc() == null) {
          undocumented.add(schema.getFullName());
        }
        for (Schema.Field field : schema.getFields()) {
          if (field.doc() == null || field.doc().isBlank()) {
            undocumented.add(schema.getFullName() + "." + field.name());
          }
          collectUndocumented(field.schema(), undocumented, seen);
        }
      }
      case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, undocumented, seen));
      case ARRAY -> collectUndocumented(schema.getElementType(), undocumented, seen);
      case MAP -> collectUndocumented(schema.getValueType(), undocumented, seen);
      default -> { }
    }
  }
}
