package io.docintel.inference.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The encoders that ship inside the {@code dev.langchain4j:langchain4j-embeddings-*} jars,
 * used as classpath resources only, and what docintel knows about them.
 */
public enum ShippedModel {
  /** all-MiniLM-L6-v2, int8: fast; for drift and bulk work. */
  MINILM_L6_Q("minilm-l6-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json",
      Pooling.MEAN, 256, "", "", "all-MiniLM-L6-v2-int8+langchain4j-1.19.0-beta29"),
  /** bge-small-en-v1.5, int8: better quality; queries get BGE's instruction prefix. */
  BGE_SMALL_Q("bge-small-q", "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json",
      Pooling.CLS, 512, "Represent this sentence for searching relevant passages: ", "",
      "bge-small-en-v1.5-int8+langchain4j-0.36.2");

  private final String modelName;
  private final String onnxResource;
  private final String tokenizerResource;
  private final Pooling pooling;
  private final int maxLength;
  private final String queryPrefix;
  private final String passagePrefix;
  private final String version;

  ShippedModel(String modelName, String onnxResource, String tokenizerResource, Pooling pooling, int maxLength,
      String queryPrefix, String passagePrefix, String version) {
    this.modelName = modelName;
    this.onnxResource = onnxResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.maxLength = maxLength;
    this.queryPrefix = queryPrefix;
    this.passagePrefix = passagePrefix;
    this.version = version;
  }

  /** Looks a shipped model up by its config name ({@code minilm-l6-q}, {@code bge-small-q}). */
  public static ShippedModel byName(String name) {
    for (ShippedModel m : values()) {
      if (m.modelName.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("Unknown shipped model '" + name + "'; shipped: "
        + Arrays.stream(values()).map(ShippedModel::modelName).collect(Collectors.joining(", ")));
  }

  /** True if {@code nameOrPath} names a shipped model rather than a folder. */
  public static boolean isShipped(String nameOrPath) {
    return Arrays.stream(values()).anyMatch(m -> m.modelName.equals(nameOrPath.trim().toLowerCase(Locale.ROOT)));
  }

  public InputStream openResource(String resource) throws IOException {
    InputStream in = ShippedModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("Resource " + resource + " of shipped model " + modelName
          + " is not on the classpath; is the langchain4j embeddings jar a dependency?");
    }
    return in;
  }

  /** The manifest docintel applies to this model. */
  public ModelManifest manifest() {
    return new ModelManifest(modelName, version, ModelTask.FEATURE_EXTRACTION, pooling, maxLength, queryPrefix,
        passagePrefix);
  }

  public String modelName() {
    return modelName;
  }

  public String onnxResource() {
    return onnxResource;
  }

  public String tokenizerResource() {
    return tokenizerResource;
  }
}
