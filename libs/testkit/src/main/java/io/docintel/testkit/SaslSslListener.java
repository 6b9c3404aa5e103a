package io.docintel.testkit;

import io.docintel.testkit.tls.TlsStores;
import java.util.Locale;
import java.util.Map;

/**
 * The broker listener {@link EmbeddedKafka#startSaslSsl} adds for clients: TLS with the broker
 * key of a {@link TlsStores}, then SASL authentication with SCRAM-SHA-512 against credentials
 * kept in the cluster metadata. The controller and inter-broker listeners stay PLAINTEXT.
 */
public final class SaslSslListener {

  /** The listener's name in the broker configuration. */
  public static final String NAME = "SASL_SSL_CLIENTS";
  /** The one SASL mechanism the listener enables. */
  public static final String MECHANISM = "SCRAM-SHA-512";

  private SaslSslListener() {}

  /** Broker properties adding the listener next to the broker's own {@code brokerListener} and {@code controllerListener}. */
  static Map<String, String> brokerProperties(TlsStores stores, String brokerListener, String controllerListener) {
    String prefix = "listener.name." + NAME.toLowerCase(Locale.ROOT) + ".";
    return Map.of(
        "listeners", brokerListener + "://localhost:0," + controllerListener + "://localhost:0," + NAME + "://localhost:0",
        "listener.security.protocol.map",
        brokerListener + ":PLAINTEXT," + controllerListener + ":PLAINTEXT," + NAME + ":SASL_SSL",
        prefix + "sasl.enabled.mechanisms", MECHANISM,
        prefix + MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;",
        prefix + "ssl.keystore.location", stores.keystore().toString(),
        prefix + "ssl.keystore.password", stores.password(),
        prefix + "ssl.keystore.type", TlsStores.TYPE,
        prefix + "ssl.key.password", stores.password());
  }

  /** What a client needs to reach the listener as {@code user}: protocol, mechanism, login and truststore. */
  public static Map<String, String> clientProperties(TlsStores stores, String user, String password) {
    return Map.of(
        "security.protocol", "SASL_SSL",
        "sasl.mechanism", MECHANISM,
        "sasl.jaas.config", jaasConfig(user, password),
        "ssl.truststore.location", stores.truststore().toString(),
        "ssl.truststore.password", stores.password(),
        "ssl.truststore.type", TlsStores.TYPE);
  }

  /** The client's {@code sasl.jaas.config} line for a SCRAM user. */
  public static String jaasConfig(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + quoted(user)
        + "\" password=\"" + quoted(password) + "\";";
  }

  private static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
