package io.docintel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.docintel.testkit.EmbeddedKafka;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code main} entry point as its own process: environment in, SIGTERM out. */
class SchemaRegistryAppIT {

  private static Process launch(Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), SchemaRegistryApp.class.getName());
    builder.environment().keySet().removeIf(key -> key.startsWith("DOCINTEL_"));
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  @Test
  void badConfigurationStopsAtOnceNamingTheVariable() throws Exception {
    Process process = launch(Map.of("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092", "DOCINTEL_REGISTRY_PORT", "http"));
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("DOCINTEL_REGISTRY_PORT");
  }

  @Test
  void servesFromTheEnvironmentAndStopsOnSigterm() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      Process process = launch(Map.of(
          "DOCINTEL_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
          "DOCINTEL_REGISTRY_HOST", "127.0.0.1",
          "DOCINTEL_REGISTRY_PORT", String.valueOf(port)));
      try {
        RegistryHttp http = new RegistryHttp("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> http.get("/health/ready").status() == 200);
        assertThat(http.register("app-value", "\"string\"")).isEqualTo(1);

        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
        assertThat(process.exitValue()).isEqualTo(143);
      } finally {
        process.destroyForcibly();
      }
    }
  }
}
