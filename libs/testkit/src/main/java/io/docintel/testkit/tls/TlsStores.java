package io.docintel.testkit.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.List;

/**
 * PKCS12 files for a TLS server on this machine, written to a folder: a keystore holding the
 * server's key and its certificate chain, and a truststore holding only the CA that signed it,
 * which is what clients are given. Both share one random password.
 *
 * @param keystore the server's key and chain, alias {@code server}
 * @param truststore the CA certificate, alias {@code ca}
 * @param password of both stores and of the key
 */
public record TlsStores(Path keystore, Path truststore, String password) {

  /** The type of both stores. */
  public static final String TYPE = "PKCS12";

  /**
   * Makes a fresh CA and a server certificate for {@code localhost} and {@code 127.0.0.1} signed
   * by it, and writes both stores into {@code folder}.
   */
  public static TlsStores forLocalhost(Path folder) {
    try {
      TestCertificate ca = TestCertificate.authority("docintel test CA");
      TestCertificate server = ca.issue("localhost", List.of("localhost"),
          List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")));
      byte[] secret = new byte[16];
      new SecureRandom().nextBytes(secret);
      TlsStores stores = new TlsStores(folder.resolve("server.keystore.p12"), folder.resolve("truststore.p12"),
          HexFormat.of().formatHex(secret));

      KeyStore keystore = KeyStore.getInstance(TYPE);
      keystore.load(null, null);
      keystore.setKeyEntry("server", server.keys().getPrivate(), stores.password().toCharArray(),
          new Certificate[] {server.certificate(), ca.certificate()});
      write(keystore, stores.keystore(), stores.password());

      KeyStore truststore = KeyStore.getInstance(TYPE);
      truststore.load(null, null);
      truststore.setCertificateEntry("ca", ca.certificate());
      write(truststore, stores.truststore(), stores.password());
      return stores;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot write test TLS stores to " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void write(KeyStore store, Path file, String password) throws IOException, GeneralSecurityException {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
  }

  /** Password masked. */
  @Override
  public String toString() {
    return "TlsStores[keystore=" + keystore + ", truststore=" + truststore + ", password=***]";
  }
}
