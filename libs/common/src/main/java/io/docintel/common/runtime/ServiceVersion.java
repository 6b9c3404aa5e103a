package io.docintel.common.runtime;

/** A service's version as its jar's manifest states it; {@code dev} when run from classes. */
public final class ServiceVersion {

  private ServiceVersion() {}

  public static String of(Class<?> app) {
    String version = app.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
