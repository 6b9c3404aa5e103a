package io.docintel.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  static final Setting<Integer> PORT = Setting.integer("http.port", 8080, "port");
  static final Setting<String> SERVERS = Setting.string("kafka.bootstrap.servers", null, "bootstrap servers");
  static final Setting<Long> MAX = Setting.bytes("max.document.bytes", 10L * 1024 * 1024, "limit");
  static final Setting<Duration> DELAY = Setting.duration("batch.delay", Duration.ofMillis(5), "delay");
  static final Setting<String> PASSWORD = Setting.secret("registry.password", s -> s, "", "password");

  @Test
  void readsTypedValuesFromEnvironmentNames() {
    Config config = Config.load(List.of(PORT, SERVERS, MAX, DELAY), Map.of(
        "DOCINTEL_HTTP_PORT", "9000",
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
        "DOCINTEL_MAX_DOCUMENT_BYTES", "2MiB",
        "DOCINTEL_BATCH_DELAY", "30s"));
    assertThat(config.get(PORT)).isEqualTo(9000);
    assertThat(config.get(SERVERS)).isEqualTo("broker:9092");
    assertThat(config.get(MAX)).isEqualTo(2L * 1024 * 1024);
    assertThat(config.get(DELAY)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aServiceMayDeclareASharedSettingWithItsOwnDefault() {
    Setting<Duration> slower = DELAY.withDefault(Duration.ofSeconds(1));

    assertThat(Config.load(List.of(DELAY, slower), Map.of()).get(DELAY)).isEqualTo(Duration.ofSeconds(1));
    assertThat(Config.load(List.of(DELAY, slower), Map.of()).describe())
        .containsExactly(Map.entry("DOCINTEL_BATCH_DELAY", "PT1S"));
    assertThat(Config.load(List.of(DELAY, slower), Map.of("DOCINTEL_BATCH_DELAY", "200ms")).get(DELAY))
        .isEqualTo(Duration.ofMillis(200));
    assertThat(Config.load(List.of(DELAY), Map.of()).get(slower)).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void defaultsApplyWhenUnset() {
    Config config = Config.load(List.of(PORT, MAX), Map.of());
    assertThat(config.get(PORT)).isEqualTo(8080);
    assertThat(config.get(MAX)).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void everyBadKeyIsNamedInOneError() {
    assertThatThrownBy(() -> Config.load(List.of(PORT, SERVERS, DELAY),
        Map.of("DOCINTEL_HTTP_PORT", "eighty", "DOCINTEL_BATCH_DELAY", "5 fortnights")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DOCINTEL_HTTP_PORT='eighty' is invalid")
        .hasMessageContaining("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS is required")
        .hasMessageContaining("DOCINTEL_BATCH_DELAY");
  }

  @Test
  void aCountMustBeAtLeastOne() {
    Setting<Integer> chunks = Setting.count("max.chunks", 8, "chunks");
    assertThat(Config.load(List.of(chunks), Map.of("DOCINTEL_MAX_CHUNKS", " 1")).get(chunks)).isEqualTo(1);
    assertThatThrownBy(() -> Config.load(List.of(chunks), Map.of("DOCINTEL_MAX_CHUNKS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DOCINTEL_MAX_CHUNKS='0' is invalid")
        .hasMessageContaining("at least 1");
  }

  @Test
  void secretsAreMaskedInErrorsAndDescriptions() {
    Setting<Integer> secretNumber = Setting.secret("registry.pin", Integer::valueOf, 0, "pin");
    assertThatThrownBy(() -> Config.load(List.of(secretNumber), Map.of("DOCINTEL_REGISTRY_PIN", "hunter2")))
        .hasMessageNotContaining("hunter2").hasMessageContaining("***");
    Config config = Config.load(List.of(PASSWORD), Map.of("DOCINTEL_REGISTRY_PASSWORD", "hunter2"));
    assertThat(config.describe()).containsEntry("DOCINTEL_REGISTRY_PASSWORD", "***");
  }

  @Test
  void propertiesFileIsReadAndEnvironmentWins(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("docintel.properties");
    Files.writeString(file, "http.port=7000\nkafka.bootstrap.servers=file:9092\n");
    Config config = Config.load(List.of(PORT, SERVERS), Map.of(
        Config.CONFIG_FILE_ENV, file.toString(), "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "env:9092"));
    assertThat(config.get(PORT)).isEqualTo(7000);
    assertThat(config.get(SERVERS)).isEqualTo("env:9092");
  }

  @Test
  void prefixedVariablesPassThroughAsDottedClientProperties() {
    Config config = Config.load(List.of(), Map.of(
        "DOCINTEL_KAFKA_LINGER_MS", "20",
        "DOCINTEL_KAFKA_COMPRESSION_TYPE", "zstd",
        "DOCINTEL_HTTP_PORT", "1"));
    assertThat(config.passThrough("kafka"))
        .containsOnly(Map.entry("linger.ms", "20"), Map.entry("compression.type", "zstd"));
  }
}
