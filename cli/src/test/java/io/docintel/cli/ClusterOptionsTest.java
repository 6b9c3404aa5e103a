package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.common.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's clients take their security from the same variables as the services. */
class ClusterOptionsTest {

  @Test
  void kafkaAndRegistrySecurityComeFromTheEnvironment(@TempDir Path folder) throws Exception {
    Path truststore = Files.write(folder.resolve("truststore.p12"), new byte[] {1});
    ClusterOptions options = options(Map.of(
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "DOCINTEL_KAFKA_SASL_MECHANISM", "PLAIN",
        "DOCINTEL_KAFKA_SASL_JAAS_CONFIG",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p\";",
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString(),
        "DOCINTEL_REGISTRY_BASIC_AUTH_USER_INFO", "u:p"));
    assertThat(options.kafka()).containsEntry("bootstrap.servers", "broker:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("ssl.truststore.location", truststore.toString());
    assertThat(options.registry()).containsEntry("schema.registry.url", "https://registry:8081")
        .containsEntry("basic.auth.user.info", "u:p");
  }

  @Test
  void theCommandLineBootstrapServersWinOverTheEnvironment() {
    ClusterOptions options = options(Map.of("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092"));
    assertThat(options.kafka()).containsEntry("bootstrap.servers", "broker:9093");
  }

  @Test
  void halfGivenSecurityFailsNamingTheMissingVariable() {
    ClusterOptions options = options(Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "DOCINTEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"));
    assertThatThrownBy(options::kafka).isInstanceOf(ConfigException.class)
        .hasMessageContaining("needs DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
  }

  private static ClusterOptions options(Map<String, String> environment) {
    ClusterOptions options = new ClusterOptions();
    options.bootstrapServers = "broker:9093";
    options.registryUrl = "https://registry:8081";
    options.environment = environment;
    return options;
  }
}
