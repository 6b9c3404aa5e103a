package io.docintel.common.config;

import java.util.List;

/** Configuration that cannot be used; the message names every bad key and why. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(List<String> problems) {
    super("invalid configuration:\n  " + String.join("\n  ", problems));
  }
}
