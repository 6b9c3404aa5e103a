package io.docintel.inference.model;

/**
 * Who produced a result: model name, version and the sha256 (hex) of its ONNX weights (for
 * multi-file exports, of the files' bytes in file-name order). Every result carries it.
 */
public record ModelIdentity(String name, String version, String sha256) {

  /** {@code name@version#sha256[0..12]}, for logs. */
  @Override
  public String toString() {
    return name + "@" + version + "#" + sha256.substring(0, Math.min(12, sha256.length()));
  }
}
