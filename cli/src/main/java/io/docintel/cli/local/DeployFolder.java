package io.docintel.cli.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checkout's {@code deploy/} folder (alert rules, the promtool installer), found from the
 * working directory or from where the docintel classes were loaded ({@code cli/target/...}).
 * Empty when docintel runs outside a checkout.
 */
final class DeployFolder {

  private DeployFolder() {}

  static Optional<Path> find() {
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(Path.of(DeployFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // No code location: the working directory is the only hint.
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path deploy = dir.resolve("deploy");
        if (Files.isDirectory(deploy.resolve("prometheus"))) {
          return Optional.of(deploy);
        }
      }
    }
    return Optional.empty();
  }
}
