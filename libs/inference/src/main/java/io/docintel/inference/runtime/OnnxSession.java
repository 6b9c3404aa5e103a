package io.docintel.inference.runtime;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.Set;

/**
 * One ONNX Runtime session together with the options it was built from and the device it
 * actually runs on. Thread-safe for {@code run}; shared by all threads using a model. Closing
 * closes the session, then its options; never the process-wide environment.
 */
public final class OnnxSession implements AutoCloseable {

  private final String fileName;
  private final OrtSession session;
  private final OrtSession.SessionOptions options;
  private final Device device;

  OnnxSession(String fileName, OrtSession session, OrtSession.SessionOptions options, Device device) {
    this.fileName = fileName;
    this.session = session;
    this.options = options;
    this.device = device;
  }

  public OrtSession session() {
    return session;
  }

  /** The device in use (never {@code auto}). */
  public Device device() {
    return device;
  }

  public String fileName() {
    return fileName;
  }

  public Set<String> inputNames() {
    return session.getInputNames();
  }

  public Set<String> outputNames() {
    return session.getOutputNames();
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("Failed to close session of " + fileName, e);
    } finally {
      options.close();
    }
  }
}
