package io.docintel.inference.tokenize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder into which DJL's tokenizers jar unpacks its native library before loading it.
 *
 * <p>DJL 0.38 resolves it as {@code ENGINE_CACHE_DIR} (environment variable or system
 * property) + {@code /tokenizers}, falling back to {@code DJL_CACHE_DIR}, then to
 * {@code ~/.djl.ai}. docintel sets the {@code ENGINE_CACHE_DIR} system property (unless the
 * operator set either variable already), creates the folder if missing and fails early if it
 * is not writable. DJL is also told to stay offline. Call before the first tokenizer loads;
 * later calls cannot move an already loaded library.
 */
public final class NativeTokenizerCache {

  /** Environment variable (or system property) naming the cache folder docintel should use. */
  public static final String CACHE_DIR_VARIABLE = "DOCINTEL_TOKENIZER_CACHE_DIR";

  private static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";
  private static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";

  private NativeTokenizerCache() {
  }

  /** Uses {@link #CACHE_DIR_VARIABLE} if set, else DJL's own variables, else {@code ~/.docintel/djl}. */
  public static synchronized Path ensureConfigured() {
    String explicit = firstNonBlank(System.getProperty(CACHE_DIR_VARIABLE), System.getenv(CACHE_DIR_VARIABLE));
    if (explicit != null) {
      return configure(Path.of(explicit));
    }
    String djl = firstNonBlank(System.getProperty(ENGINE_CACHE_DIR), System.getenv(ENGINE_CACHE_DIR),
        System.getProperty(DJL_CACHE_DIR), System.getenv(DJL_CACHE_DIR));
    if (djl != null) {
      System.setProperty("ai.djl.offline", "true");
      return ensureWritable(Path.of(djl));
    }
    Path home = Path.of(System.getProperty("user.home", System.getProperty("java.io.tmpdir")));
    Path dir = Files.isWritable(home) ? home.resolve(".docintel").resolve("djl")
        : Path.of(System.getProperty("java.io.tmpdir"), "docintel-djl");
    return configure(dir);
  }

  /** Points DJL's native cache at {@code dir}, creating it; returns the folder. */
  public static synchronized Path configure(Path dir) {
    Path folder = ensureWritable(dir.toAbsolutePath());
    System.setProperty(ENGINE_CACHE_DIR, folder.toString());
    System.setProperty("ai.djl.offline", "true");
    return folder;
  }

  private static Path ensureWritable(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the tokenizer native cache folder " + dir
          + " (set " + CACHE_DIR_VARIABLE + " to a writable folder)", e);
    }
    if (!Files.isWritable(dir)) {
      throw new IllegalStateException("Tokenizer native cache folder " + dir + " is not writable (set "
          + CACHE_DIR_VARIABLE + " to a writable folder)");
    }
    return dir;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
