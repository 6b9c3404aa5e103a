package io.docintel.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.docintel.common.dlq.DeadLetterHandler;
import io.docintel.drift.report.DriftMeters;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code deploy/prometheus/} with the real {@code promtool}: the scrape config and the
 * alert rules are valid and the rules' unit tests pass. promtool must be on PATH (Debian's
 * {@code prometheus} package ships it); without it this test fails rather than passing silently.
 */
class PrometheusRulesTest {

  static Path promtool;
  static Path deploy;

  @BeforeAll
  static void locate() {
    promtool = onPath("promtool");
    if (promtool == null) {
      fail("promtool is not on PATH; install it (Debian: apt-get install -y prometheus, without starting "
          + "the service) so deploy/prometheus can be checked");
    }
    deploy = findUpwards(Path.of("").toAbsolutePath(), Path.of("deploy", "prometheus"));
  }

  @Test
  void scrapeConfigIsValid() throws Exception {
    assertPasses("check", "config", "prometheus.yml");
  }

  @Test
  void alertRulesAreValid() throws Exception {
    assertPasses(concat(List.of("check", "rules"), files("rules")));
  }

  @Test
  void alertRuleUnitTestsPass() throws Exception {
    assertPasses(concat(List.of("test", "rules"), files("tests")));
  }

  @Test
  void rulesUseTheNamesTheServicesExport() throws IOException {
    String rules = Files.readString(deploy.resolve("rules").resolve("docintel.rules.yml"));
    assertThat(rules).contains(prometheusName(DriftMeters.STATUS))
        .contains(prometheusName(DeadLetterHandler.METRIC) + "_total");
  }

  private static String prometheusName(String micrometerName) {
    return micrometerName.replace('.', '_');
  }

  private static void assertPasses(String... args) throws Exception {
    assertPasses(List.of(args));
  }

  private static void assertPasses(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(promtool.toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).directory(deploy.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("promtool finished").isTrue();
    assertThat(process.exitValue()).as("promtool %s exit code; output:%n%s", args, output).isZero();
  }

  private static List<String> files(String folder) throws IOException {
    try (Stream<Path> paths = Files.list(deploy.resolve(folder))) {
      List<String> found = paths.filter(p -> p.toString().endsWith(".yml"))
          .map(p -> deploy.relativize(p).toString()).sorted().toList();
      assertThat(found).as("yml files in deploy/prometheus/" + folder).isNotEmpty();
      return found;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path findUpwards(Path from, Path relative) {
    for (Path dir = from; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found above " + from);
  }
}
