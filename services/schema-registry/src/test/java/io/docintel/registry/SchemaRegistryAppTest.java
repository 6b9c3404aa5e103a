package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaRegistryAppTest {

  @Test
  void readsTheEnvironmentWithDefaults() {
    SchemaRegistryConfig config = SchemaRegistryApp.fromEnvironment(Map.of(
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "k:9092",
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SSL",
        "DOCINTEL_REGISTRY_BASIC_AUTH_USERS", "alice:s3cret:x,bob:pw"));
    assertThat(config.bootstrapServers()).isEqualTo("k:9092");
    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.topic()).isEqualTo("_schemas");
    assertThat(config.kafkaProperties()).containsExactly(Map.entry("security.protocol", "SSL"));
    assertThat(config.basicAuthUsers()).containsEntry("alice", "s3cret:x").containsEntry("bob", "pw");
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void failsFastNamingTheBadVariable() {
    assertThatThrownBy(() -> SchemaRegistryApp.fromEnvironment(Map.of()))
        .hasMessageContaining("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS");
    assertThatThrownBy(() -> SchemaRegistryApp.fromEnvironment(
        Map.of("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "k:9092", "DOCINTEL_REGISTRY_PORT", "eighty")))
        .hasMessageContaining("DOCINTEL_REGISTRY_PORT").hasMessageContaining("eighty");
    assertThatThrownBy(() -> SchemaRegistryApp.fromEnvironment(
        Map.of("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "k:9092", "DOCINTEL_REGISTRY_BASIC_AUTH_USERS", "alice")))
        .hasMessageContaining("DOCINTEL_REGISTRY_BASIC_AUTH_USERS");
  }
}
