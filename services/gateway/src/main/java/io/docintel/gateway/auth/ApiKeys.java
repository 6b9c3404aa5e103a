package io.docintel.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys the gateway accepts, each belonging to one tenant. Parsed from
 * {@code tenant:key[,tenant:key...]}; only sha256 digests of the keys are kept, and a presented key
 * is found by its digest, so the lookup takes the same time whatever prefix of a key it matches.
 */
public final class ApiKeys {

  private static final int MIN_KEY_LENGTH = 8;

  private final Map<String, String> tenantByDigest;

  private ApiKeys(Map<String, String> tenantByDigest) {
    this.tenantByDigest = Map.copyOf(tenantByDigest);
  }

  /** Parses {@code tenant:key,...}; rejects empty lists, short keys and keys given twice. */
  public static ApiKeys parse(String text) {
    Map<String, String> byDigest = new HashMap<>();
    for (String entry : text.split(",")) {
      String trimmed = entry.trim();
      int colon = trimmed.indexOf(':');
      if (colon <= 0 || colon == trimmed.length() - 1) {
        throw new IllegalArgumentException("expected tenant:key, got an entry without both parts");
      }
      String tenant = trimmed.substring(0, colon).trim();
      String key = trimmed.substring(colon + 1).trim();
      if (key.length() < MIN_KEY_LENGTH) {
        throw new IllegalArgumentException("the key of tenant " + tenant + " is shorter than " + MIN_KEY_LENGTH + " characters");
      }
      if (byDigest.put(digest(key), tenant) != null) {
        throw new IllegalArgumentException("a key is given twice (tenant " + tenant + ")");
      }
    }
    return new ApiKeys(byDigest);
  }

  /** The tenant owning {@code presentedKey}, if it is one of the keys. */
  public Optional<String> tenantOf(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(tenantByDigest.get(digest(presentedKey.trim())));
  }

  /** How many keys there are. */
  public int size() {
    return tenantByDigest.size();
  }

  @Override
  public String toString() {
    return size() + " keys";
  }

  private static String digest(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
