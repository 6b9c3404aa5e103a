package io.docintel.inference.runtime;

import ai.onnxruntime.OrtEnvironment;

/**
 * The one process-wide ONNX Runtime environment. ONNX Runtime keeps it alive until the JVM
 * exits; nothing in docintel closes it.
 */
public final class OrtRuntime {

  private OrtRuntime() {
  }

  public static OrtEnvironment environment() {
    return OrtEnvironment.getEnvironment();
  }
}
