package io.docintel.common.runtime;

import java.util.List;

/** Closing what a half-built service created, when building it failed. */
public final class Resources {

  private Resources() {}

  /** Closes each resource in order; their own failures are added to {@code failure} as suppressed. */
  public static void closeAll(List<? extends AutoCloseable> resources, RuntimeException failure) {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }
}
