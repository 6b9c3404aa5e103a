package io.docintel.testkit.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsStoresTest {

  @TempDir Path folder;

  @Test
  void serverCertificateIsSignedByTheTrustedCaAndNamesLocalhost() throws Exception {
    TlsStores stores = TlsStores.forLocalhost(folder);
    KeyStore keystore = load(stores.keystore(), stores.password());
    KeyStore truststore = load(stores.truststore(), stores.password());

    X509Certificate server = (X509Certificate) keystore.getCertificate("server");
    X509Certificate ca = (X509Certificate) truststore.getCertificate("ca");
    server.verify(ca.getPublicKey());
    assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    assertThat(ca.getBasicConstraints()).as("CA flag").isGreaterThanOrEqualTo(0);
    assertThat(server.getBasicConstraints()).as("not a CA").isEqualTo(-1);
    assertThat(server.getSubjectAlternativeNames()).contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    assertThat(keystore.getKey("server", stores.password().toCharArray())).isNotNull();
    assertThat(stores.toString()).doesNotContain(stores.password());
  }

  @Test
  void clientTrustingTheCaCompletesAHandshakeWithHostnameVerification() throws Exception {
    TlsStores stores = TlsStores.forLocalhost(folder);
    assertThat(handshake(stores, client(load(stores.truststore(), stores.password())))).isEqualTo("TLSv1.3");
  }

  @Test
  void clientTrustingAnotherCaRejectsTheServer() throws Exception {
    TlsStores stores = TlsStores.forLocalhost(folder);
    Path other = Files.createDirectory(folder.resolve("other"));
    TlsStores stranger = TlsStores.forLocalhost(other);
    SSLContext client = client(load(stranger.truststore(), stranger.password()));
    assertThatThrownBy(() -> handshake(stores, client)).isInstanceOf(SSLHandshakeException.class);
  }

  /** Runs one TLS handshake on loopback; returns the negotiated protocol. */
  private static String handshake(TlsStores stores, SSLContext client) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(stores.keystore(), stores.password()), stores.password().toCharArray());
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(keys.getKeyManagers(), null, null);
    try (SSLServerSocket listening = (SSLServerSocket) server.getServerSocketFactory()
        .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
        try (SSLSocket socket = (SSLSocket) listening.accept(); OutputStream out = socket.getOutputStream()) {
          out.write(1);
        } catch (Exception e) {
          // The client reports the failure.
        }
      });
      try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("localhost", listening.getLocalPort())) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        assertThat(socket.getInputStream().read()).isEqualTo(1);
        return socket.getSession().getProtocol();
      } finally {
        accepted.join();
      }
    }
  }

  private static SSLContext client(KeyStore truststore) throws Exception {
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(truststore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(Path file, String password) throws Exception {
    KeyStore store = KeyStore.getInstance(TlsStores.TYPE);
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password.toCharArray());
    }
    return store;
  }
}
