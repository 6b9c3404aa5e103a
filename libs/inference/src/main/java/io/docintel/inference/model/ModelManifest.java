package io.docintel.inference.model;

/**
 * docintel's per-model settings, from the optional {@code docintel-model.json} beside the
 * ONNX files (or built in for shipped models). {@code task} may be null when the manifest
 * leaves it to be inferred from {@code config.json} and the files present.
 */
public record ModelManifest(String name, String version, ModelTask task, Pooling pooling, int maxLength,
    String queryPrefix, String passagePrefix) {

  public static final int DEFAULT_MAX_LENGTH = 512;
}
