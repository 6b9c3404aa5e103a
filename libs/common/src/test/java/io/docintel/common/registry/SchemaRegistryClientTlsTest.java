package io.docintel.common.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client over https, trusting the registry through {@code schema.registry.ssl.truststore.*}. */
class SchemaRegistryClientTlsTest {

  private static final String PASSWORD = "changeit";

  @TempDir Path dir;
  private Path keyStore;
  private HttpsServer server;

  @BeforeEach
  void startHttpsRegistry() throws Exception {
    keyStore = dir.resolve("registry.p12");
    Process keytool = new ProcessBuilder(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool",
        "-genkeypair", "-alias", "registry", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(output).isZero();

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);

    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext("/schemas/ids/1", exchange -> {
      byte[] body = "{\"schema\":\"\\\"int\\\"\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void trustsTheRegistryThroughTheConfiguredTruststore() {
    try (SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of(
        "schema.registry.url", url(),
        "schema.registry.ssl.truststore.location", keyStore.toString(),
        "schema.registry.ssl.truststore.password", PASSWORD,
        "schema.registry.ssl.truststore.type", "PKCS12"))) {
      assertThat(client.schemaById(1).getType()).isEqualTo(Schema.Type.INT);
    }
  }

  @Test
  void anUntrustedCertificateFailsAtOnceWithoutRetrying() {
    try (SchemaRegistryClient client = SchemaRegistryClient.fromConfig(Map.of("schema.registry.url", url()))) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, () -> client.schemaById(1));
      assertThat(e.getMessage()).contains("TLS").contains("schema id 1");
      assertThat(client.unavailableAttempts()).isZero();
    }
  }
}
