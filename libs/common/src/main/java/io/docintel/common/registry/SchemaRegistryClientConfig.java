package io.docintel.common.registry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.apache.kafka.common.config.ConfigException;

/**
 * How to reach a schema registry, read from Confluent's client config names:
 *
 * <ul>
 *   <li>{@value #URL}: one or more base URLs, comma-separated, tried in turn
 *   <li>{@value #CREDENTIALS_SOURCE} ({@code USER_INFO} or {@code URL}) and {@value #USER_INFO}
 *       ({@code user:password}; {@value #REGISTRY_USER_INFO} is accepted too)
 *   <li>{@code schema.registry.ssl.truststore.location|password|type},
 *       {@code schema.registry.ssl.keystore.location|password|type},
 *       {@code schema.registry.ssl.key.password}
 * </ul>
 *
 * and docintel's own retry settings: {@value #REQUEST_TIMEOUT_MS} (default 10000),
 * {@value #RETRY_TIMEOUT_MS} (how long an unreachable registry is retried, default 30000),
 * {@value #RETRY_BACKOFF_MS} (first pause, default 100) and {@value #RETRY_BACKOFF_MAX_MS}
 * (longest pause, default 2000). The pause doubles after each round over all URLs.
 *
 * @param userInfo {@code user:password} for HTTP basic authentication, or null
 * @param sslContext for https URLs, or null for the JVM's default
 */
public record SchemaRegistryClientConfig(
    List<URI> urls,
    String userInfo,
    SSLContext sslContext,
    Duration requestTimeout,
    Duration retryTimeout,
    Duration retryBackoff,
    Duration retryBackoffMax) {

  public static final String URL = "schema.registry.url";
  public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String USER_INFO = "basic.auth.user.info";
  public static final String REGISTRY_USER_INFO = "schema.registry.basic.auth.user.info";
  public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";
  public static final String RETRY_TIMEOUT_MS = "schema.registry.retry.timeout.ms";
  public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
  public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";

  public SchemaRegistryClientConfig {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new ConfigException(URL, "", "at least one schema registry URL is needed");
    }
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryTimeout, "retryTimeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(retryBackoffMax, "retryBackoffMax");
  }

  /** The given URL(s), no authentication, default timeouts. */
  public static SchemaRegistryClientConfig forUrls(String urls) {
    return new SchemaRegistryClientConfig(parseUrls(urls), null, null,
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  /** Reads the keys above from Kafka-style client config; bad values throw {@link ConfigException} naming the key. */
  public static SchemaRegistryClientConfig fromMap(Map<String, ?> config) {
    Object urls = config.get(URL);
    if (urls == null || urls.toString().isBlank()) {
      throw new ConfigException(URL, urls, "the schema registry URL(s) must be set");
    }
    String source = string(config, CREDENTIALS_SOURCE, "USER_INFO");
    String userInfo = switch (source) {
      case "USER_INFO" -> config.containsKey(USER_INFO) ? string(config, USER_INFO, null) : string(config, REGISTRY_USER_INFO, null);
      case "URL" -> null;
      default -> throw new ConfigException(CREDENTIALS_SOURCE, source, "supported sources are USER_INFO and URL");
    };
    if (userInfo != null && (userInfo.isBlank() || !userInfo.contains(":"))) {
      throw new ConfigException(USER_INFO, "(hidden)", "must be user:password");
    }
    return new SchemaRegistryClientConfig(
        parseUrls(urls.toString()),
        userInfo == null || userInfo.isBlank() ? null : userInfo,
        RegistrySsl.contextFrom(config),
        millis(config, REQUEST_TIMEOUT_MS, 10_000),
        millis(config, RETRY_TIMEOUT_MS, 30_000),
        millis(config, RETRY_BACKOFF_MS, 100),
        millis(config, RETRY_BACKOFF_MAX_MS, 2_000));
  }

  public SchemaRegistryClientConfig withUserInfo(String userInfo) {
    return new SchemaRegistryClientConfig(urls, userInfo, sslContext, requestTimeout, retryTimeout, retryBackoff, retryBackoffMax);
  }

  public SchemaRegistryClientConfig withRetryTimeout(Duration retryTimeout) {
    return new SchemaRegistryClientConfig(urls, userInfo, sslContext, requestTimeout, retryTimeout, retryBackoff, retryBackoffMax);
  }

  @Override
  public String toString() {
    return "SchemaRegistryClientConfig[urls=" + urls + ", userInfo=" + (userInfo == null ? "none" : "(hidden)")
        + ", tls=" + (sslContext != null) + ", retryTimeout=" + retryTimeout + "]";
  }

  private static List<URI> parseUrls(String text) {
    List<URI> urls = new ArrayList<>();
    for (String part : text.split(",")) {
      String trimmed = part.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        URI uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
          throw new IllegalArgumentException("not http or https");
        }
        urls.add(uri);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(URL, trimmed, "not an http(s) URL: " + e.getMessage());
      }
    }
    return urls;
  }

  static String string(Map<String, ?> config, String key, String fallback) {
    Object value = config.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof org.apache.kafka.common.config.types.Password password) {
      return password.value();
    }
    return value.toString();
  }

  private static Duration millis(Map<String, ?> config, String key, long fallback) {
    Object value = config.get(key);
    if (value == null) {
      return Duration.ofMillis(fallback);
    }
    try {
      long millis = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
      if (millis >= 0) {
        return Duration.ofMillis(millis);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(key, value, "must be a non-negative number of milliseconds");
  }
}
