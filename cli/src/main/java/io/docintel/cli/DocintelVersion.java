package io.docintel.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of this build, from the jar's manifest. */
public final class DocintelVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = DocintelVersion.class.getPackage().getImplementationVersion();
    return new String[] {"docintel " + (version == null ? "development build" : version)};
  }
}
