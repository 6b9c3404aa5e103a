package io.docintel.common.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/** Builds the TLS context of the registry client from {@code schema.registry.ssl.*} settings. */
final class RegistrySsl {

  static final String PREFIX = "schema.registry.ssl.";

  private RegistrySsl() {}

  /** The context for the configured trust/key stores, or null when neither is configured. */
  static SSLContext contextFrom(Map<String, ?> config) {
    String trustStore = SchemaRegistryClientConfig.string(config, PREFIX + "truststore.location", null);
    String keyStore = SchemaRegistryClientConfig.string(config, PREFIX + "keystore.location", null);
    if (blank(trustStore) && blank(keyStore)) {
      return null;
    }
    try {
      TrustManagerFactory trust = null;
      if (!blank(trustStore)) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(config, "truststore", trustStore));
      }
      KeyManagerFactory keys = null;
      if (!blank(keyStore)) {
        String keyPassword = SchemaRegistryClientConfig.string(config, PREFIX + "key.password",
            SchemaRegistryClientConfig.string(config, PREFIX + "keystore.password", ""));
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(config, "keystore", keyStore), keyPassword.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new ConfigException(PREFIX + "*", "(hidden)", "cannot build the TLS context: " + e.getMessage());
    }
  }

  private static KeyStore load(Map<String, ?> config, String kind, String location) throws GeneralSecurityException {
    String type = SchemaRegistryClientConfig.string(config, PREFIX + kind + ".type", KeyStore.getDefaultType());
    String password = SchemaRegistryClientConfig.string(config, PREFIX + kind + ".password", null);
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, password == null ? null : password.toCharArray());
      return store;
    } catch (IOException e) {
      throw new ConfigException(PREFIX + kind + ".location", location, "cannot read the " + kind + ": " + e.getMessage());
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
