package io.docintel.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.common.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPropertiesTest {

  @Test
  void kafkaSecurityVariablesBecomeClientProperties(@TempDir Path folder) throws Exception {
    Path truststore = Files.write(folder.resolve("truststore.p12"), new byte[] {1});
    String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"svc\" password=\"pw\";";
    Config config = Config.load(ServiceSettings.ALL, Map.of(
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "DOCINTEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "DOCINTEL_KAFKA_SASL_JAAS_CONFIG", jaas,
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString(),
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD", "changeit",
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12"));
    assertThat(ClientProperties.kafka(config)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "bootstrap.servers", "broker:9093",
        "security.protocol", "SASL_SSL",
        "sasl.mechanism", "SCRAM-SHA-512",
        "sasl.jaas.config", jaas,
        "ssl.truststore.location", truststore.toString(),
        "ssl.truststore.password", "changeit",
        "ssl.truststore.type", "PKCS12"));
    assertThat(config.describe().values()).noneMatch(value -> value.contains("password=\"pw\""));
  }

  @Test
  void registryVariablesTakeConfluentNames() {
    Config config = Config.load(ServiceSettings.ALL, Map.of(
        "DOCINTEL_REGISTRY_URL", "https://registry:8081",
        "DOCINTEL_REGISTRY_BASIC_AUTH_USER_INFO", "svc:pw",
        "DOCINTEL_REGISTRY_SSL_TRUSTSTORE_LOCATION", "/etc/registry-trust.p12"));
    assertThat(ClientProperties.registry(config))
        .containsEntry("schema.registry.url", "https://registry:8081")
        .containsEntry("basic.auth.user.info", "svc:pw")
        .containsEntry("basic.auth.credentials.source", "USER_INFO")
        .containsEntry("schema.registry.ssl.truststore.location", "/etc/registry-trust.p12");
  }
}
