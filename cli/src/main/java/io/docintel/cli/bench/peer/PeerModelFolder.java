package io.docintel.cli.bench.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docintel.inference.model.ShippedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A shipped model laid out as transformers.js reads a local model: {@code <name>/onnx/model.onnx}
 * (the very file docintel runs), {@code tokenizer.json}, {@code config.json} and
 * {@code tokenizer_config.json}. The tokenizer's fixed padding and truncation are removed, as
 * docintel's tokenizer does: the peer then pads each batch to its longest text and truncates at
 * the same maximum length as docintel.
 */
final class PeerModelFolder {

  private PeerModelFolder() {}

  /** Writes the model under {@code modelsDir/<model name>}; returns that folder. */
  static Path write(Path modelsDir, ShippedModel model) throws IOException {
    Path folder = modelsDir.resolve(model.modelName());
    Files.createDirectories(folder.resolve("onnx"));
    try (InputStream onnx = model.openResource(model.onnxResource())) {
      Files.copy(onnx, folder.resolve("onnx/model.onnx"), StandardCopyOption.REPLACE_EXISTING);
    }
    ObjectMapper json = new ObjectMapper();
    try (InputStream tokenizer = model.openResource(model.tokenizerResource())) {
      ObjectNode tree = (ObjectNode) json.readTree(tokenizer);
      tree.set("padding", NullNode.getInstance());
      tree.set("truncation", NullNode.getInstance());
      json.writeValue(folder.resolve("tokenizer.json").toFile(), tree);
    }
    json.writeValue(folder.resolve("config.json").toFile(), Map.of("model_type", "bert"));
    json.writeValue(folder.resolve("tokenizer_config.json").toFile(), Map.of(
        "tokenizer_class", "BertTokenizer", "model_max_length", model.manifest().maxLength(),
        "do_lower_case", true, "cls_token", "[CLS]", "sep_token", "[SEP]", "pad_token", "[PAD]",
        "unk_token", "[UNK]", "mask_token", "[MASK]"));
    return folder;
  }
}
