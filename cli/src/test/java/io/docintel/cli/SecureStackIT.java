package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.config.Config;
import io.docintel.common.runtime.ClientProperties;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.TopicReader;
import io.docintel.common.topic.Topics;
import io.docintel.enricher.EnricherApp;
import io.docintel.schemas.Document;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Entity;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import io.docintel.testkit.SaslSslListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack on a broker whose client listener requires SASL_SSL with SCRAM-SHA-512. The
 * registry and every service reach it through {@code DOCINTEL_KAFKA_*} variables only (the
 * broker's plaintext listener is never named to them), and so does this test's own client:
 * documents it posts come out enriched, and a client or service with a wrong password fails at
 * once with an authentication error.
 */
class SecureStackIT {

  static final List<SampleDocument> POSTED =
      List.of(SampleDocuments.INVOICE_PDF, SampleDocuments.SUPPORT_EMAIL, SampleDocuments.CONTRACT_TEXT);

  @Test
  void documentsComeOutEnrichedOverSaslSslAndAWrongPasswordIsRefused(@TempDir Path state) throws Exception {
    try (LocalStack stack = LocalStack.start(LocalStackOptions.freePorts().withSaslSsl(), System.err);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Map<String, String> env = stack.kafkaEnvironment();
      assertThat(env).containsEntry("DOCINTEL_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
          .containsEntry("DOCINTEL_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
          .containsEntry("DOCINTEL_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12")
          .containsKeys("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "DOCINTEL_KAFKA_SASL_JAAS_CONFIG",
              "DOCINTEL_KAFKA_SSL_TRUSTSTORE_LOCATION", "DOCINTEL_KAFKA_SSL_TRUSTSTORE_PASSWORD");
      Map<String, Object> kafka = ClientProperties.kafka(Config.load(ServiceSettings.ALL, env));
      Topics topics = new Topics(serdes);

      // Registering the schema on first send makes the registry write _schemas over SASL_SSL too.
      Map<String, SampleDocument> posted = new HashMap<>();
      try (var producer = new KafkaProducer<>(kafka, topics.documents().keySerde().serializer(),
          topics.documents().valueSerde().serializer())) {
        for (SampleDocument sample : POSTED) {
          Document document = DocumentFiles.toDocument("secure-it", sample.fileName(), sample.bytes(), Instant.now());
          posted.put(document.getId(), sample);
          producer.send(new ProducerRecord<>(topics.documents().name(), document.getId(), document)).get();
        }
      }

      Map<String, EnrichedDocument> enriched = new HashMap<>();
      try (var results = new TopicReader<>(kafka, topics.enriched())) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (enriched.size() < posted.size() && System.nanoTime() < deadline) {
          results.poll(Duration.ofMillis(300)).forEach(r -> enriched.put(r.key(), r.value()));
        }
      }
      assertThat(enriched.keySet()).isEqualTo(posted.keySet());
      enriched.forEach((id, document) -> {
        SampleDocument sample = posted.get(id);
        assertThat(document.getComplete()).as(sample.name()).isTrue();
        assertThat(document.getClassification().getLabels().get(0).getLabel()).as(sample.name())
            .isEqualTo(sample.expectedLabel());
        assertThat(document.getSummary().getSentences()).as(sample.name()).isNotEmpty();
      });
      EnrichedDocument email = enriched.entrySet().stream()
          .filter(e -> posted.get(e.getKey()).equals(SampleDocuments.SUPPORT_EMAIL)).findFirst().orElseThrow().getValue();
      assertThat(email.getExtraction().getEntities()).filteredOn(Entity::getPersonalData).extracting(Entity::getText)
          .contains(SampleDocuments.SUPPORT_EMAIL_ADDRESS, SampleDocuments.SUPPORT_EMAIL_IBAN);

      Map<String, String> wrongPassword = new HashMap<>(env);
      wrongPassword.put("DOCINTEL_KAFKA_SASL_JAAS_CONFIG", SaslSslListener.jaasConfig(LocalStack.SASL_USER, "not-it"));
      Map<String, Object> refused = ClientProperties.kafka(Config.load(ServiceSettings.ALL, wrongPassword));
      try (var producer = new KafkaProducer<>(refused, topics.documents().keySerde().serializer(),
          topics.documents().valueSerde().serializer())) {
        assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topics.documents().name(), "never", null)).get())
            .satisfies(SecureStackIT::isAuthenticationFailure);
      }

      wrongPassword.put("DOCINTEL_REGISTRY_URL", stack.registryUrl());
      wrongPassword.put("DOCINTEL_HTTP_PORT", "0");
      wrongPassword.put("DOCINTEL_STREAMS_STATE_DIR", state.toString());
      assertThatThrownBy(() -> EnricherApp.start(Config.load(EnricherApp.SETTINGS, wrongPassword)).close())
          .hasMessageContaining("Authentication failed")
          .hasMessageContaining("invalid credentials with SASL mechanism SCRAM-SHA-512");
    }
  }

  private static void isAuthenticationFailure(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof SaslAuthenticationException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a SaslAuthenticationException in %s", thrown).isNotNull();
    assertThat(cause.getMessage()).contains("invalid credentials");
  }
}
