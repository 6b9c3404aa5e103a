package io.docintel.cli.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the {@code prometheus} executable: {@code /usr/bin/prometheus} or the first on PATH.
 * When missing, runs the project's {@code deploy/prometheus/ensure-promtool.sh}, which installs
 * Debian's {@code prometheus} package where it runs as root with apt-get (never starting its
 * service), and looks again.
 */
final class PrometheusBinary {

  private PrometheusBinary() {}

  static Path locate() {
    Optional<Path> found = search();
    if (found.isPresent()) {
      return found.get();
    }
    Optional<Path> installer = DeployFolder.find().map(d -> d.resolve("prometheus/ensure-promtool.sh"))
        .filter(Files::isRegularFile);
    if (installer.isPresent()) {
      runInstaller(installer.get());
      found = search();
    }
    return found.orElseThrow(() -> new IllegalStateException(
        "prometheus not found (looked at /usr/bin/prometheus and on PATH) and it could not be installed here: "
            + "install Debian's 'prometheus' package (apt-get install prometheus), or run as root so "
            + "deploy/prometheus/ensure-promtool.sh can install it"));
  }

  private static Optional<Path> search() {
    Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "prometheus"));
    return Stream.concat(Stream.of(Path.of("/usr/bin/prometheus")), onPath)
        .filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
  }

  private static void runInstaller(Path script) {
    try {
      Process install = new ProcessBuilder("bash", script.toString()).inheritIO().start();
      install.waitFor();
    } catch (IOException e) {
      // Reported below as "not found".
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
