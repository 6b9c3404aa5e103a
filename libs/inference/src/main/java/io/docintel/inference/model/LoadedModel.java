package io.docintel.inference.model;

import io.docintel.inference.runtime.Device;
import io.docintel.inference.runtime.OnnxSession;
import io.docintel.inference.tokenize.HfTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A model ready to run: identity, settings, labels, tokenizer and one ONNX Runtime session per
 * ONNX file, all shared by every thread. Built by {@link ModelLoader}; whoever loaded it
 * closes it. Loads of the same model share their sessions and tokenizer process-wide
 * ({@link SharedModels}): closing gives up this holder's share, and the last one closes the
 * sessions, then the tokenizer (never the process-wide environment). Closing twice is harmless.
 */
public final class LoadedModel implements AutoCloseable {

  private final ModelIdentity identity;
  private final ModelManifest manifest;
  private final HfModelConfig config;
  private final HfTokenizer tokenizer;
  private final Map<String, OnnxSession> sessions;
  private final String mainFile;
  private final Runnable release;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A model that owns its sessions and tokenizer: closing it closes them. */
  LoadedModel(ModelIdentity identity, ModelManifest manifest, HfModelConfig config, HfTokenizer tokenizer,
      Map<String, OnnxSession> sessions, String mainFile) {
    this(identity, manifest, config, tokenizer, Collections.unmodifiableMap(sessions), mainFile, null);
  }

  private LoadedModel(ModelIdentity identity, ModelManifest manifest, HfModelConfig config, HfTokenizer tokenizer,
      Map<String, OnnxSession> sessions, String mainFile, Runnable release) {
    this.identity = identity;
    this.manifest = manifest;
    this.config = config;
    this.tokenizer = tokenizer;
    this.sessions = sessions;
    this.mainFile = mainFile;
    this.release = release != null ? release : this::closeNatives;
  }

  /** Another holder of this model's sessions and tokenizer, whose close runs {@code release}. */
  LoadedModel sharedHandle(Runnable release) {
    return new LoadedModel(identity, manifest, config, tokenizer, sessions, mainFile, release);
  }

  public ModelIdentity identity() {
    return identity;
  }

  /** Resolved settings: the task is never null here. */
  public ModelManifest manifest() {
    return manifest;
  }

  public ModelTask task() {
    return manifest.task();
  }

  public HfModelConfig config() {
    return config;
  }

  public HfTokenizer tokenizer() {
    return tokenizer;
  }

  /** The session of {@code model.onnx}, or of {@code encoder_model.onnx} for seq2seq. */
  public OnnxSession session() {
    return sessions.get(mainFile);
  }

  /** The session of one ONNX file, e.g. {@code decoder_with_past_model.onnx}. */
  public Optional<OnnxSession> session(String file) {
    return Optional.ofNullable(sessions.get(file));
  }

  public Device device() {
    return session().device();
  }

  /** True if the main session takes {@code token_type_ids}; detected, not assumed. */
  public boolean takesTokenTypeIds() {
    return session().inputNames().contains(ModelSignature.TOKEN_TYPE_IDS);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      release.run();
    }
  }

  private void closeNatives() {
    List<RuntimeException> failures = new ArrayList<>();
    for (OnnxSession s : sessions.values()) {
      try {
        s.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    tokenizer.close();
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  @Override
  public String toString() {
    return identity + " " + task().hfName() + " on " + device();
  }
}
