package io.docintel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Grafana dashboards of deploy/grafana/dashboards, read as JSON for tests. */
final class Dashboards {

  static final List<String> NAMES = List.of("overview", "inference", "drift");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Dashboards() {}

  static JsonNode read(String name) throws IOException {
    return JSON.readTree(folder().resolve(name + ".json").toFile());
  }

  private static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path folder = dir.resolve("deploy/grafana/dashboards");
      if (Files.isDirectory(folder)) {
        return folder;
      }
    }
    throw new IllegalStateException("deploy/grafana/dashboards not found above " + Path.of("").toAbsolutePath());
  }
}
