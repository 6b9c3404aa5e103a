package io.docintel.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository the tests check; Maven runs them with the module folder as working directory. */
final class RepoPaths {

  static final Path ROOT = findRoot();
  static final Path CHART = ROOT.resolve("helm/docintel");
  static final Path COMPOSE = ROOT.resolve("deploy/compose/docker-compose.yml");
  static final Path PROMETHEUS = ROOT.resolve("deploy/prometheus");
  static final Path GRAFANA = ROOT.resolve("deploy/grafana");

  private RepoPaths() {}

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy/prometheus"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
