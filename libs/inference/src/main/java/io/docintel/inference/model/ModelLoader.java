package io.docintel.inference.model;

import io.docintel.inference.runtime.OnnxSession;
import io.docintel.inference.runtime.SessionFactory;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.inference.tokenize.HfTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a model by shipped name ({@code minilm-l6-q}, {@code bge-small-q}), folder path, or
 * {@code classpath:/location}, in Hugging Face Optimum's export layout, and checks its ONNX
 * inputs and outputs against the task. Anything built before a failure is closed again. Loads by
 * name or path with equal session settings share one set of sessions and one tokenizer in the
 * process ({@link SharedModels}); each caller still closes what it loaded.
 */
public final class ModelLoader {

  public static final String MODEL = "model.onnx";
  public static final String ENCODER = "encoder_model.onnx";
  public static final String DECODER = "decoder_model.onnx";
  public static final String DECODER_WITH_PAST = "decoder_with_past_model.onnx";
  public static final String DECODER_MERGED = "decoder_model_merged.onnx";
  public static final String TOKENIZER = "tokenizer.json";
  public static final String CONFIG = "config.json";
  public static final String MANIFEST = "docintel-model.json";

  private ModelLoader() {
  }

  /** {@code nameOrPath}: a shipped model name, {@code classpath:/…}, or a folder. */
  public static LoadedModel load(String nameOrPath, SessionSettings settings) {
    if (ShippedModel.isShipped(nameOrPath)) {
      ShippedModel shipped = ShippedModel.byName(nameOrPath);
      return SharedModels.acquire("shipped:" + shipped.modelName(), settings,
          () -> load(ModelLocation.shipped(shipped), shipped.manifest(), settings));
    }
    if (nameOrPath.startsWith("classpath:")) {
      return SharedModels.acquire(nameOrPath, settings,
          () -> load(ModelLocation.classpath(nameOrPath.substring("classpath:".length())), null, settings));
    }
    return load(Path.of(nameOrPath), settings);
  }

  public static LoadedModel load(Path folder, SessionSettings settings) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("Model folder " + folder + " does not exist or is not a folder");
    }
    return SharedModels.acquire(folder.toAbsolutePath().normalize().toString(), settings,
        () -> load(ModelLocation.folder(folder), null, settings));
  }

  /**
   * A model of its own from any location, shared with no other load. {@code builtIn}: the
   * manifest of a shipped model, or null to read/derive one.
   */
  public static LoadedModel load(ModelLocation location, ModelManifest builtIn, SessionSettings settings) {
    String where = location.describe();
    if (!location.exists(TOKENIZER)) {
      throw new IllegalArgumentException("Model " + where + ": missing " + TOKENIZER + presentFiles(location));
    }
    HfModelConfig config = location.exists(CONFIG) ? parseConfig(location) : HfModelConfig.EMPTY;
    List<String> onnxFiles = onnxFiles(location);
    ModelManifest manifest = resolveManifest(location, builtIn, config, onnxFiles);
    checkTaskFits(where, manifest.task(), config, location);
    // Classpath models are read once, for both the digest and the session.
    Map<String, byte[]> inMemory = new LinkedHashMap<>();
    for (String file : onnxFiles) {
      if (location.path(file).isEmpty()) {
        inMemory.put(file, location.read(file));
      }
    }
    String sha256 = sha256(location, onnxFiles, inMemory);
    ModelIdentity identity = new ModelIdentity(manifest.name(), manifest.version(), sha256);

    Map<String, OnnxSession> sessions = new LinkedHashMap<>();
    HfTokenizer tokenizer = null;
    try {
      tokenizer = location.path(TOKENIZER).map(HfTokenizer::fromFile).orElseGet(() -> {
        try {
          return HfTokenizer.fromStream(new ByteArrayInputStream(location.read(TOKENIZER)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      for (String file : onnxFiles) {
        OnnxSession session = location.path(file).map(p -> SessionFactory.open(p, settings))
            .orElseGet(() -> SessionFactory.open(file, inMemory.get(file), settings));
        sessions.put(file, session);
        signature(manifest.task(), file).check(where, manifest.task().hfName(), session.inputNames(),
            session.outputNames());
      }
      return new LoadedModel(identity, manifest, config, tokenizer, sessions, onnxFiles.get(0));
    } catch (RuntimeException e) {
      for (OnnxSession s : sessions.values()) {
        try {
          s.close();
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (tokenizer != null) {
        tokenizer.close();
      }
      throw e;
    }
  }

  private static HfModelConfig parseConfig(ModelLocation location) {
    try {
      return HfModelConfig.parse(location.read(CONFIG));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Model " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  /** The ONNX files to load, the main one first. */
  private static List<String> onnxFiles(ModelLocation location) {
    if (location.exists(MODEL)) {
      return List.of(MODEL);
    }
    if (location.exists(ENCODER)) {
      List<String> files = new ArrayList<>(List.of(ENCODER));
      if (location.exists(DECODER_MERGED)) {
        files.add(DECODER_MERGED);
      } else if (location.exists(DECODER)) {
        files.add(DECODER);
        if (location.exists(DECODER_WITH_PAST)) {
          files.add(DECODER_WITH_PAST);
        }
      } else {
        throw new IllegalArgumentException("Model " + location.describe() + ": has " + ENCODER + " but neither "
            + DECODER + " nor " + DECODER_MERGED + presentFiles(location));
      }
      return files;
    }
    throw new IllegalArgumentException("Model " + location.describe() + ": missing " + MODEL + " (or " + ENCODER
        + " + " + DECODER + " for seq2seq)" + presentFiles(location));
  }

  private static ModelManifest resolveManifest(ModelLocation location, ModelManifest builtIn, HfModelConfig config,
      List<String> onnxFiles) {
    ModelManifest defaults = builtIn != null ? builtIn
        : new ModelManifest(location.defaultName(), "unversioned", null, Pooling.MEAN,
            ModelManifest.DEFAULT_MAX_LENGTH, "", "");
    ModelManifest m = location.exists(MANIFEST) ? parseManifest(location, defaults) : defaults;
    ModelTask task = m.task() != null ? m.task() : inferTask(config, onnxFiles);
    return new ModelManifest(m.name(), m.version(), task, m.pooling(), m.maxLength(), m.queryPrefix(),
        m.passagePrefix());
  }

  private static ModelManifest parseManifest(ModelLocation location, ModelManifest defaults) {
    try {
      return ManifestReader.parse(location.read(MANIFEST), defaults);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Model " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  static ModelTask inferTask(HfModelConfig config, List<String> onnxFiles) {
    if (onnxFiles.get(0).equals(ENCODER)) {
      return ModelTask.SEQ2SEQ;
    }
    if (config.architectureEndsWith("TokenClassification")) {
      return ModelTask.TOKEN_CLASSIFICATION;
    }
    if (config.architectureEndsWith("SequenceClassification") || !config.labels().isEmpty()) {
      return ModelTask.SEQUENCE_CLASSIFICATION;
    }
    return ModelTask.FEATURE_EXTRACTION;
  }

  private static void checkTaskFits(String where, ModelTask task, HfModelConfig config, ModelLocation location) {
    boolean seq2seqFiles = location.exists(ENCODER) && !location.exists(MODEL);
    if ((task == ModelTask.SEQ2SEQ) != seq2seqFiles) {
      throw new IllegalArgumentException("Model " + where + ": task " + task.hfName() + " needs "
          + (task == ModelTask.SEQ2SEQ ? ENCODER + " + " + DECODER : MODEL) + presentFiles(location));
    }
    boolean needsLabels = task == ModelTask.SEQUENCE_CLASSIFICATION || task == ModelTask.TOKEN_CLASSIFICATION;
    if (needsLabels && config.labels().isEmpty()) {
      throw new IllegalArgumentException("Model " + where + ": task " + task.hfName() + " needs id2label in "
          + CONFIG + (location.exists(CONFIG) ? "" : " (file missing)"));
    }
  }

  static ModelSignature signature(ModelTask task, String file) {
    switch (task) {
      case FEATURE_EXTRACTION:
        return ModelSignature.encoder(file, Set.of("last_hidden_state", "token_embeddings"));
      case SEQUENCE_CLASSIFICATION:
      case TOKEN_CLASSIFICATION:
        return ModelSignature.encoder(file, Set.of("logits"));
      case SEQ2SEQ:
        return file.equals(ENCODER) ? ModelSignature.encoder(file, Set.of("last_hidden_state"))
            : ModelSignature.decoder(file);
      default:
        throw new IllegalStateException("Unhandled task " + task);
    }
  }

  private static String sha256(ModelLocation location, List<String> onnxFiles, Map<String, byte[]> inMemory) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String file : new TreeSet<>(onnxFiles)) {
      var path = location.path(file);
      if (path.isPresent()) {
        try (var in = Files.newInputStream(path.get())) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + path.get(), e);
        }
      } else {
        digest.update(inMemory.get(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String presentFiles(ModelLocation location) {
    Path dir = location.path(TOKENIZER).map(Path::getParent).orElse(null);
    if (dir == null) {
      try {
        dir = Path.of(location.describe());
      } catch (RuntimeException e) {
        return "";
      }
    }
    if (!Files.isDirectory(dir)) {
      return "";
    }
    try (Stream<Path> files = Files.list(dir)) {
      return "; found " + files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return "";
    }
  }
}
