package io.docintel.inference.runtime;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How ONNX Runtime sessions are built. From {@code DOCINTEL_INFERENCE_*} environment
 * variables with {@link #fromEnv(Map)} (tests pass a map):
 * <ul>
 *   <li>{@code DOCINTEL_INFERENCE_DEVICE} — auto | cpu | cuda[:N] | tensorrt[:N] (default auto)</li>
 *   <li>{@code DOCINTEL_INFERENCE_INTRA_OP_THREADS} — threads inside one operator; 0 = ONNX Runtime's choice (default 0)</li>
 *   <li>{@code DOCINTEL_INFERENCE_INTER_OP_THREADS} — threads across operators; 0 = ONNX Runtime's choice (default 0)</li>
 *   <li>{@code DOCINTEL_INFERENCE_OPTIMIZATION} — none | basic | extended | all (default all)</li>
 *   <li>{@code DOCINTEL_INFERENCE_MEMORY_ARENA} — true | false (default true)</li>
 *   <li>{@code DOCINTEL_INFERENCE_SPINNING} — true | false: whether idle intra-op threads spin
 *       waiting for work instead of sleeping (default false: ONNX Runtime spins by default, which
 *       takes cores from the other services and stream threads of a shared machine)</li>
 * </ul>
 */
public record SessionSettings(Device device, int intraOpThreads, int interOpThreads, OptLevel optimization,
    boolean memoryArena, boolean spinning) {

  public static final String DEVICE = "DOCINTEL_INFERENCE_DEVICE";
  public static final String INTRA_OP_THREADS = "DOCINTEL_INFERENCE_INTRA_OP_THREADS";
  public static final String INTER_OP_THREADS = "DOCINTEL_INFERENCE_INTER_OP_THREADS";
  public static final String OPTIMIZATION = "DOCINTEL_INFERENCE_OPTIMIZATION";
  public static final String MEMORY_ARENA = "DOCINTEL_INFERENCE_MEMORY_ARENA";
  public static final String SPINNING = "DOCINTEL_INFERENCE_SPINNING";

  public SessionSettings {
    if (intraOpThreads < 0 || interOpThreads < 0) {
      throw new IllegalArgumentException("thread counts must not be negative");
    }
  }

  public static SessionSettings defaults() {
    return new SessionSettings(Device.AUTO, 0, 0, OptLevel.ALL_OPT, true, false);
  }

  /** CPU only, with the given intra-op thread count; what tests and the benchmark use. */
  public static SessionSettings cpu(int intraOpThreads) {
    return new SessionSettings(Device.CPU, intraOpThreads, 1, OptLevel.ALL_OPT, true, false);
  }

  public static SessionSettings fromEnv(Map<String, String> env) {
    SessionSettings d = defaults();
    return new SessionSettings(
        read(env, DEVICE, Device::parse, d.device()),
        read(env, INTRA_OP_THREADS, Integer::parseInt, d.intraOpThreads()),
        read(env, INTER_OP_THREADS, Integer::parseInt, d.interOpThreads()),
        read(env, OPTIMIZATION, SessionSettings::parseOptLevel, d.optimization()),
        read(env, MEMORY_ARENA, SessionSettings::parseBoolean, d.memoryArena()),
        read(env, SPINNING, SessionSettings::parseBoolean, d.spinning()));
  }

  public SessionSettings withDevice(Device newDevice) {
    return new SessionSettings(newDevice, intraOpThreads, interOpThreads, optimization, memoryArena, spinning);
  }

  static OptLevel parseOptLevel(String v) {
    switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "none", "no":
        return OptLevel.NO_OPT;
      case "basic":
        return OptLevel.BASIC_OPT;
      case "extended":
        return OptLevel.EXTENDED_OPT;
      case "all":
        return OptLevel.ALL_OPT;
      default:
        throw new IllegalArgumentException("expected none, basic, extended or all but was '" + v + "'");
    }
  }

  private static boolean parseBoolean(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new IllegalArgumentException("expected true or false but was '" + v + "'");
    }
    return Boolean.parseBoolean(s);
  }

  private static <T> T read(Map<String, String> env, String key, Function<String, T> parser, T fallback) {
    String raw = env.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return parser.apply(raw);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }
}
