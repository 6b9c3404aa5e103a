package io.docintel.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Half-given Kafka security settings stop {@link Config#load} with a message naming what to set. */
class KafkaSecurityCheckTest {

  static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
      + "username=\"svc\" password=\"s3cret-Pa55\";";

  @TempDir Path folder;
  Path truststore;

  @BeforeEach
  void truststoreFile() throws Exception {
    truststore = Files.write(folder.resolve("truststore.p12"), new byte[] {1});
  }

  @Test
  void completeSaslSslSettingsLoad() {
    Config config = load(saslSsl());
    assertThat(config.passThrough("kafka")).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", truststore.toString());
  }

  @Test
  void completeTlsOnlySettingsLoad() {
    assertThat(load(Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SSL",
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString()))).isNotNull();
  }

  @Test
  void noSecuritySettingsAtAllLoad() {
    assertThat(load(Map.of("DOCINTEL_KAFKA_LINGER_MS", "5")).passThrough("kafka")).containsEntry("linger.ms", "5");
  }

  @Test
  void saslSslWithoutAMechanismNamesTheMechanismVariable() {
    Map<String, String> env = saslSsl();
    env.remove("DOCINTEL_KAFKA_SASL_MECHANISM");
    assertProblem(env, "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_SSL needs DOCINTEL_KAFKA_SASL_MECHANISM");
  }

  @Test
  void saslSslWithoutAJaasConfigNamesTheJaasVariable() {
    Map<String, String> env = saslSsl();
    env.remove("DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
    assertProblem(env, "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_SSL needs DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
  }

  @Test
  void saslPlaintextNeedsTheSameTwo() {
    assertProblem(Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "sasl_plaintext"),
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs DOCINTEL_KAFKA_SASL_MECHANISM",
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
  }

  @Test
  void aTruststoreThatDoesNotExistIsNamed() {
    Map<String, String> env = saslSsl();
    env.put("DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", folder.resolve("nope.p12").toString());
    assertProblem(env, "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION=" + folder.resolve("nope.p12") + " does not exist");
  }

  @Test
  void aTruststoreThatIsAFolderIsNamed() {
    Map<String, String> env = saslSsl();
    env.put("DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", folder.toString());
    assertProblem(env, "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION=" + folder + " is not a readable file");
  }

  @Test
  void aSaslMechanismOnPlaintextAsksForASaslProtocol() {
    assertProblem(Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "DOCINTEL_KAFKA_SASL_MECHANISM", "PLAIN"),
        "DOCINTEL_KAFKA_SASL_MECHANISM is set but DOCINTEL_KAFKA_SECURITY_PROTOCOL=PLAINTEXT, which does not "
            + "authenticate: set DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_SSL");
  }

  @Test
  void aSaslMechanismWithoutAnyProtocolSaysThePlaintextDefault() {
    assertProblem(Map.of("DOCINTEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
        "DOCINTEL_KAFKA_SASL_MECHANISM is set but DOCINTEL_KAFKA_SECURITY_PROTOCOL is unset (PLAINTEXT)");
  }

  @Test
  void aJaasConfigOnTlsOnlyIsRefusedWithoutQuotingIt() {
    Map<String, String> env = Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SSL",
        "DOCINTEL_KAFKA_SASL_JAAS_CONFIG", JAAS);
    assertProblem(env, "DOCINTEL_KAFKA_SASL_JAAS_CONFIG is set but DOCINTEL_KAFKA_SECURITY_PROTOCOL=SSL");
    assertThatThrownBy(() -> load(env)).message().doesNotContain("s3cret-Pa55");
  }

  @Test
  void aTruststoreOnPlaintextAsksForATlsProtocol() {
    assertProblem(Map.of("DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString(),
            "DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD", "changeit"),
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION, DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD are set but "
            + "DOCINTEL_KAFKA_SECURITY_PROTOCOL is unset (PLAINTEXT), which does not use TLS: set "
            + "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SSL or SASL_SSL");
  }

  @Test
  void aTruststorePasswordWithoutItsFileIsNamed() {
    Map<String, String> env = saslSsl();
    env.remove("DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION");
    assertProblem(env, "DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD is set without DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION");
  }

  @Test
  void aKeystoreWithoutItsPasswordIsNamed() {
    Map<String, String> env = saslSsl();
    env.put("DOCINTEL_KAFKA_SSL_KEYSTORE_LOCATION", truststore.toString());
    assertProblem(env, "DOCINTEL_KAFKA_SSL_KEYSTORE_LOCATION needs DOCINTEL_KAFKA_SSL_KEYSTORE_PASSWORD");
  }

  @Test
  void anUnknownProtocolListsTheKnownOnes() {
    assertProblem(Map.of("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "TLS"),
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL='TLS' is invalid: expected PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL");
  }

  @Test
  void settingsFromThePropertiesFileAreCheckedToo() throws Exception {
    Path file = Files.writeString(folder.resolve("docintel.properties"),
        "kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=PLAIN\n");
    assertProblem(Map.of(Config.CONFIG_FILE_ENV, file.toString()),
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL=SASL_SSL needs DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
  }

  @Test
  void everyProblemIsListedWithTheOtherSettingsProblems() {
    Setting<Integer> port = Setting.integer("http.port", 8080, "port");
    assertThatThrownBy(() -> Config.load(List.of(port), Map.of("DOCINTEL_HTTP_PORT", "eighty",
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DOCINTEL_HTTP_PORT='eighty' is invalid")
        .hasMessageContaining("needs DOCINTEL_KAFKA_SASL_MECHANISM")
        .hasMessageContaining("needs DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
  }

  private Map<String, String> saslSsl() {
    return new HashMap<>(Map.of(
        "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
        "DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "DOCINTEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
        "DOCINTEL_KAFKA_SASL_JAAS_CONFIG", JAAS,
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString(),
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD", "changeit",
        "DOCINTEL_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12"));
  }

  private static Config load(Map<String, String> env) {
    return Config.load(List.of(), env);
  }

  private static void assertProblem(Map<String, String> env, String... expected) {
    assertThatThrownBy(() -> load(env)).isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(expected));
  }
}
