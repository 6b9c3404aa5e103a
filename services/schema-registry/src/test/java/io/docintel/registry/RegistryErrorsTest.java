package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class RegistryErrorsTest {

  @Test
  void unknownCompatibilityLevelIs42203() {
    RegistryException e = catchThrowableOfType(RegistryException.class, () -> CompatibilityLevel.parse("SIDEWAYS"));
    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.errorCode()).isEqualTo(42203);
    assertThat(e.getMessage()).contains("SIDEWAYS");
  }

  @Test
  void compatibilityLevelsParseCaseInsensitively() {
    assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
  }

  @Test
  void badVersionsAre42202AndLatestIsMinusOne() {
    for (String bad : new String[] {"0", "-2", "first", "99999999999"}) {
      RegistryException e = catchThrowableOfType(RegistryException.class, () -> SchemaState.parseVersion(bad));
      assertThat(e.errorCode()).as(bad).isEqualTo(42202);
      assertThat(e.httpStatus()).isEqualTo(422);
    }
    assertThat(SchemaState.parseVersion("latest")).isEqualTo(-1);
    assertThat(SchemaState.parseVersion("-1")).isEqualTo(-1);
    assertThat(SchemaState.parseVersion("3")).isEqualTo(3);
  }

  @Test
  void unparsableOrNonAvroSchemasAre42201() {
    assertThat(catchThrowableOfType(RegistryException.class, () -> RegistryService.parse("{\"type\":\"recor\"}", null))
        .errorCode()).isEqualTo(42201);
    assertThat(catchThrowableOfType(RegistryException.class, () -> RegistryService.parse("not json", null))
        .errorCode()).isEqualTo(42201);
    assertThat(catchThrowableOfType(RegistryException.class, () -> RegistryService.parse("\"string\"", "PROTOBUF"))
        .getMessage()).contains("PROTOBUF");
  }

  @Test
  void notFoundErrorsCarryConfluentCodesAndNameTheSubject() {
    assertThat(RegistryException.subjectNotFound("orders-value").errorCode()).isEqualTo(40401);
    assertThat(RegistryException.subjectNotFound("orders-value").getMessage()).contains("orders-value");
    assertThat(RegistryException.versionNotFound("s", 3).errorCode()).isEqualTo(40402);
    assertThat(RegistryException.schemaNotFound("x").errorCode()).isEqualTo(40403);
    assertThat(RegistryException.incompatible("s", "d").httpStatus()).isEqualTo(409);
    assertThat(RegistryException.storeError("d", null).errorCode()).isEqualTo(50001);
    assertThat(RegistryException.operationTimeout("d").errorCode()).isEqualTo(50002);
  }
}
