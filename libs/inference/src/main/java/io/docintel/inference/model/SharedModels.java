package io.docintel.inference.model;

import io.docintel.inference.runtime.SessionSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Process-wide sharing of loaded models. Every load of one model (a shipped name, a classpath
 * location or a folder) with equal session settings in one JVM gets the same ONNX Runtime
 * sessions and tokenizer, so services running side by side (as in {@code docintel local}) hold a
 * model's weights and its session's memory arena once instead of once per service.
 *
 * <p>Reference-counted: each load returns a {@link LoadedModel} of its own, and closing it gives
 * up that reference; the last close closes the sessions and the tokenizer. So whoever loads a
 * model still closes it, and never closes what another holder uses. A load that fails is not
 * kept. Sessions are thread-safe, so sharing them changes no result.
 */
final class SharedModels {

  private record Key(String location, SessionSettings settings) {}

  /** The model as loaded (its close releases the natives) and how many holders share it. */
  private static final class Shared {
    private final LoadedModel loaded;
    private int holders;

    private Shared(LoadedModel loaded) {
      this.loaded = loaded;
    }
  }

  private static final Map<Key, Shared> LOADED = new HashMap<>();

  private SharedModels() {}

  /**
   * A new holder of the model at {@code location} (a stable name: {@code shipped:…},
   * {@code classpath:…} or an absolute folder path) with {@code settings}, loading it with
   * {@code load} if no holder has it open.
   */
  static synchronized LoadedModel acquire(String location, SessionSettings settings, Supplier<LoadedModel> load) {
    Key key = new Key(location, settings);
    Shared shared = LOADED.get(key);
    if (shared == null) {
      shared = new Shared(load.get());
      LOADED.put(key, shared);
    }
    shared.holders++;
    return shared.loaded.sharedHandle(() -> release(key));
  }

  /** How many holders have the model at {@code location} with {@code settings} open (0 when closed). */
  static synchronized int holders(String location, SessionSettings settings) {
    Shared shared = LOADED.get(new Key(location, settings));
    return shared == null ? 0 : shared.holders;
  }

  private static synchronized void release(Key key) {
    Shared shared = LOADED.get(key);
    if (shared != null && --shared.holders == 0) {
      LOADED.remove(key);
      shared.loaded.close();
    }
  }
}
