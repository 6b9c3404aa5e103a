package io.docintel.gateway.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Document ids the gateway assigns. With an {@code Idempotency-Key} the id is a name-based UUID of
 * tenant and key, so every retry of a request maps to the same document, on any instance; without
 * one, a random UUID.
 */
public final class DocumentIds {

  private DocumentIds() {}

  /** The id of a post by {@code tenant} carrying {@code idempotencyKey} (null when it has none). */
  public static String forPost(String tenant, String idempotencyKey) {
    if (idempotencyKey == null) {
      return UUID.randomUUID().toString();
    }
    return UUID.nameUUIDFromBytes((tenant + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
