package io.docintel.inference.runtime;

import java.util.Locale;

/**
 * Where a session runs: {@code auto | cpu | cuda[:N] | tensorrt[:N]}. {@code auto} means
 * CUDA device 0 when its execution provider loads, otherwise CPU.
 */
public record Device(Kind kind, int index) {

  public enum Kind { AUTO, CPU, CUDA, TENSORRT }

  public static final Device AUTO = new Device(Kind.AUTO, 0);
  public static final Device CPU = new Device(Kind.CPU, 0);

  public Device {
    if (index < 0) {
      throw new IllegalArgumentException("device index must not be negative: " + index);
    }
  }

  public static Device parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    String name = v;
    int index = 0;
    int colon = v.indexOf(':');
    if (colon >= 0) {
      name = v.substring(0, colon);
      try {
        index = Integer.parseInt(v.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Bad device '" + value + "'; expected auto, cpu, cuda[:N] or tensorrt[:N]", e);
      }
    }
    switch (name) {
      case "auto":
        return new Device(Kind.AUTO, index);
      case "cpu":
        return CPU;
      case "cuda", "gpu":
        return new Device(Kind.CUDA, index);
      case "tensorrt", "trt":
        return new Device(Kind.TENSORRT, index);
      default:
        throw new IllegalArgumentException("Bad device '" + value + "'; expected auto, cpu, cuda[:N] or tensorrt[:N]");
    }
  }

  /** Short tag value for metrics and logs: {@code cpu}, {@code cuda:0}, … */
  @Override
  public String toString() {
    return kind == Kind.CPU || kind == Kind.AUTO ? kind.name().toLowerCase(Locale.ROOT)
        : kind.name().toLowerCase(Locale.ROOT) + ":" + index;
  }
}
