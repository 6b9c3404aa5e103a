package io.docintel.inference.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a Hugging Face {@code config.json} the pipelines use. Labels come from
 * {@code id2label} (index order), never from code. Token ids are {@code -1} when absent.
 */
public record HfModelConfig(String modelType, String problemType, List<String> labels, List<String> architectures,
    long decoderStartTokenId, long eosTokenId, long padTokenId, long bosTokenId) {

  public static final HfModelConfig EMPTY = new HfModelConfig("", "", List.of(), List.of(), -1, -1, -1, -1);

  private static final ObjectMapper JSON = new ObjectMapper();

  public static HfModelConfig parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("config.json is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("config.json must hold a JSON object");
    }
    Map<Integer, String> byId = new TreeMap<>();
    JsonNode id2label = root.path("id2label");
    for (Map.Entry<String, JsonNode> e : id2label.properties()) {
      try {
        byId.put(Integer.parseInt(e.getKey().trim()), e.getValue().asText());
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("config.json id2label key '" + e.getKey() + "' is not an integer", ex);
      }
    }
    List<String> labels = new ArrayList<>();
    int expected = 0;
    for (Map.Entry<Integer, String> e : byId.entrySet()) {
      if (e.getKey() != expected++) {
        throw new IllegalArgumentException("config.json id2label must number labels 0..n-1 but has " + byId.keySet());
      }
      labels.add(e.getValue());
    }
    List<String> architectures = new ArrayList<>();
    root.path("architectures").forEach(a -> architectures.add(a.asText()));
    return new HfModelConfig(root.path("model_type").asText(""), root.path("problem_type").asText(""),
        List.copyOf(labels), List.copyOf(architectures), root.path("decoder_start_token_id").asLong(-1),
        root.path("eos_token_id").asLong(-1), root.path("pad_token_id").asLong(-1),
        root.path("bos_token_id").asLong(-1));
  }

  /** True when {@code problem_type} asks for independent per-label sigmoids. */
  public boolean multiLabel() {
    return "multi_label_classification".equals(problemType);
  }

  public boolean architectureEndsWith(String suffix) {
    return architectures.stream().anyMatch(a -> a.endsWith(suffix));
  }
}
