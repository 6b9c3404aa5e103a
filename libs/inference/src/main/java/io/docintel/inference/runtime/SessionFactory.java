package io.docintel.inference.runtime;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link OnnxSession}s from ONNX bytes or files with {@link SessionSettings}. With device
 * {@code auto}, a CUDA provider that fails to load leads to CPU with one WARN line per
 * process. Options are closed if the session cannot be built.
 */
public final class SessionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(SessionFactory.class);
  private static volatile boolean fallbackLogged;

  private SessionFactory() {
  }

  /** A session from a model file on disk. */
  public static OnnxSession open(Path onnxFile, SessionSettings settings) {
    return build(onnxFile.getFileName().toString(), settings,
        (env, options) -> env.createSession(onnxFile.toString(), options));
  }

  /** A session from model bytes (e.g. a classpath resource). */
  public static OnnxSession open(String fileName, byte[] onnxBytes, SessionSettings settings) {
    return build(fileName, settings, (env, options) -> env.createSession(onnxBytes, options));
  }

  private interface Creator {
    OrtSession create(OrtEnvironment env, SessionOptions options) throws OrtException;
  }

  private static OnnxSession build(String fileName, SessionSettings settings, Creator creator) {
    Device wanted = settings.device();
    if (wanted.kind() == Device.Kind.AUTO) {
      try {
        return attempt(fileName, settings, new Device(Device.Kind.CUDA, wanted.index()), creator);
      } catch (ProviderUnavailableException e) {
        if (!fallbackLogged) {
          fallbackLogged = true;
          LOG.warn("Device auto: CUDA execution provider unavailable ({}); running on CPU", e.getMessage());
        }
        return attempt(fileName, settings, Device.CPU, creator);
      }
    }
    return attempt(fileName, settings, wanted, creator);
  }

  private static OnnxSession attempt(String fileName, SessionSettings settings, Device device, Creator creator) {
    SessionOptions options = new SessionOptions();
    try {
      if (settings.intraOpThreads() > 0) {
        options.setIntraOpNumThreads(settings.intraOpThreads());
      }
      if (settings.interOpThreads() > 0) {
        options.setInterOpNumThreads(settings.interOpThreads());
      }
      options.setOptimizationLevel(settings.optimization());
      options.setCPUArenaAllocator(settings.memoryArena());
      options.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
      addProvider(options, device);
      OrtSession session;
      try {
        session = creator.create(OrtRuntime.environment(), options);
      } catch (OrtException e) {
        throw new IllegalArgumentException("Model file " + fileName + " is not a loadable ONNX model: "
            + e.getMessage(), e);
      }
      return new OnnxSession(fileName, session, options, device);
    } catch (RuntimeException | OrtException e) {
      options.close();
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Cannot configure session options for " + fileName + ": "
          + e.getMessage(), e);
    }
  }

  private static void addProvider(SessionOptions options, Device device) throws ProviderUnavailableException {
    try {
      switch (device.kind()) {
        case CUDA -> options.addCUDA(device.index());
        case TENSORRT -> {
          options.addTensorrt(device.index());
          options.addCUDA(device.index());
        }
        default -> { }
      }
    } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
      throw new ProviderUnavailableException(device + " provider: " + e.getMessage(), e);
    }
  }

  /** The requested execution provider is not in this ONNX Runtime build or fails to load. */
  public static final class ProviderUnavailableException extends RuntimeException {
    ProviderUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
