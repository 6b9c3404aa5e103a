package io.docintel.gateway.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.gateway.GatewayProblem;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON post: {@code {"text": "...", "source": "...", "metadata": {"k": "v"}}}, where only
 * {@code text} is required and metadata values must be strings.
 */
public final class JsonDocumentRequest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonDocumentRequest() {}

  /** Parses {@code body}; a {@link GatewayProblem} (400) says what is wrong. */
  public static PostedDocument parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw GatewayProblem.badRequest("the body is not valid JSON (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw GatewayProblem.badRequest("the body cannot be read");
    }
    if (root == null || !root.isObject()) {
      throw GatewayProblem.badRequest("the body must be a JSON object with a \"text\" field");
    }
    JsonNode text = root.get("text");
    if (text == null || !text.isTextual()) {
      throw GatewayProblem.badRequest("\"text\" is required and must be a string");
    }
    return PostedDocument.text(text.asText(), source(root.get("source"), "api"), metadata(root.get("metadata")));
  }

  /** The {@code metadata} object of a post, or of a multipart form's {@code metadata} field. */
  public static Map<String, String> metadata(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return metadata(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw GatewayProblem.badRequest("\"metadata\" is not valid JSON");
    }
  }

  private static Map<String, String> metadata(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw GatewayProblem.badRequest("\"metadata\" must be an object of string values");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getValue().isTextual()) {
        throw GatewayProblem.badRequest("metadata value \"" + field.getKey() + "\" must be a string");
      }
      metadata.put(field.getKey(), field.getValue().asText());
    }
    return metadata;
  }

  private static String source(JsonNode node, String fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw GatewayProblem.badRequest("\"source\" must be a string");
    }
    return node.asText();
  }
}
