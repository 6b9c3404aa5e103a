package io.docintel.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The JSON keys and values of the {@code _schemas} topic, in Confluent Schema Registry's own
 * shapes so that either server can read the other's topic:
 *
 * <pre>
 * {"keytype":"SCHEMA","subject":"s","version":1,"magic":1} → {"subject":"s","version":1,"id":7,"schema":"...","deleted":false}
 * {"keytype":"CONFIG","subject":null,"magic":0}           → {"compatibilityLevel":"BACKWARD"}  (null subject: global)
 * {"keytype":"DELETE_SUBJECT","subject":"s","magic":0}   → {"subject":"s","version":3}       (read, never written)
 * {"keytype":"CLEAR_SUBJECT","subject":"s","magic":0}    → {"subject":"s"}                   (read, never written)
 * </pre>
 *
 * A null value (tombstone) removes the key. Keys are written with a fixed field order, as
 * Confluent does, because compaction matches keys byte for byte.
 */
final class StoreRecords {

  static final ObjectMapper JSON = new ObjectMapper();

  private StoreRecords() {}

  static byte[] schemaKey(String subject, int version) {
    ObjectNode key = JSON.createObjectNode();
    key.put("keytype", "SCHEMA");
    key.put("subject", subject);
    key.put("version", version);
    key.put("magic", 1);
    return bytes(key);
  }

  static byte[] schemaValue(SchemaVersion schema) {
    ObjectNode value = JSON.createObjectNode();
    value.put("subject", schema.subject());
    value.put("version", schema.version());
    value.put("id", schema.id());
    value.put("schema", schema.schema());
    value.put("deleted", schema.deleted());
    return bytes(value);
  }

  /** The key of a subject's config, or of the global config when {@code subject} is null. */
  static byte[] configKey(String subject) {
    ObjectNode key = JSON.createObjectNode();
    key.put("keytype", "CONFIG");
    if (subject == null) {
      key.putNull("subject");
    } else {
      key.put("subject", subject);
    }
    key.put("magic", 0);
    return bytes(key);
  }

  static byte[] configValue(CompatibilityLevel level) {
    ObjectNode value = JSON.createObjectNode();
    value.put("compatibilityLevel", level.name());
    return bytes(value);
  }

  static JsonNode parse(byte[] bytes) throws IOException {
    return bytes == null ? null : JSON.readTree(bytes);
  }

  static SchemaVersion schemaVersion(JsonNode value) {
    return new SchemaVersion(value.path("subject").asText(), value.path("version").asInt(),
        value.path("id").asInt(), value.path("schema").asText(), value.path("deleted").asBoolean(false));
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
