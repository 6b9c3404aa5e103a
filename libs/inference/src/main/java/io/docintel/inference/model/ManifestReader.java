package io.docintel.inference.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * Reads {@code docintel-model.json}: {@code {"name", "version", "task", "pooling",
 * "max_length", "query_prefix", "passage_prefix"}}, all optional. Unknown keys fail, so a
 * typo does not silently fall back to a default.
 */
public final class ManifestReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYS = Set.of("name", "version", "task", "pooling", "max_length",
      "query_prefix", "passage_prefix");

  private ManifestReader() {
  }

  /** Parses the manifest; missing values come from {@code defaults}. */
  public static ModelManifest parse(byte[] json, ModelManifest defaults) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("docintel-model.json is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("docintel-model.json must hold a JSON object");
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k)) {
        throw new IllegalArgumentException("docintel-model.json: unknown key '" + k + "'; known keys " + KEYS);
      }
    });
    int maxLength = root.path("max_length").asInt(defaults.maxLength());
    if (maxLength <= 2) {
      throw new IllegalArgumentException("docintel-model.json: max_length must be > 2 but was " + maxLength);
    }
    return new ModelManifest(
        root.path("name").asText(defaults.name()),
        root.path("version").asText(defaults.version()),
        root.has("task") ? ModelTask.parse(root.get("task").asText()) : defaults.task(),
        root.has("pooling") ? Pooling.parse(root.get("pooling").asText()) : defaults.pooling(),
        maxLength,
        root.path("query_prefix").asText(defaults.queryPrefix()),
        root.path("passage_prefix").asText(defaults.passagePrefix()));
  }
}
