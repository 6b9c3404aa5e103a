package io.docintel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.docintel.common.config.Setting;
import io.docintel.inference.tokenize.NativeTokenizerCache;
import io.docintel.registry.SchemaRegistryApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks deploy/compose/docker-compose.yml against the code: each docintel service runs an
 * existing main class (through the image's entrypoint), sets only variables that service reads,
 * listens where the Prometheus scrape config looks; and the chart's copies of the rules and
 * dashboards are the repository's files.
 */
class ComposeFileTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** Prefixes passed through to the Kafka clients, the registry client, ONNX Runtime and logging. */
  private static final List<String> PASS_THROUGH =
      List.of("DOCINTEL_KAFKA_", "DOCINTEL_REGISTRY_", "DOCINTEL_INFERENCE_", "DOCINTEL_LOG_");
  private static final Pattern ENTRYPOINT_CASE = Pattern.compile("^\\s*([a-z-]+)\\) main=([\\w.]+) ;;", Pattern.MULTILINE);
  private static final Pattern TARGET = Pattern.compile("([\\w-]+):(\\d+)");

  private static JsonNode services;
  private static Map<String, String> entrypointClasses;

  @BeforeAll
  static void read() throws IOException {
    services = YAML.readTree(RepoPaths.COMPOSE.toFile()).path("services");
    entrypointClasses = new LinkedHashMap<>();
    Matcher matcher = ENTRYPOINT_CASE.matcher(
        Files.readString(RepoPaths.ROOT.resolve("deploy/docker/docintel-entrypoint.sh")));
    while (matcher.find()) {
      entrypointClasses.put(matcher.group(1), matcher.group(2));
    }
  }

  @Test
  void theEntrypointNamesExistingMainClasses() throws Exception {
    assertThat(entrypointClasses.keySet()).contains("normalizer", "extractor", "classifier", "summarizer",
        "enricher", "drift-monitor", "gateway", "schema-registry");
    for (String mainClass : entrypointClasses.values()) {
      assertThat(Class.forName(mainClass).getMethod("main", String[].class)).as(mainClass).isNotNull();
    }
  }

  @Test
  void everyDocintelServiceRunsAnAppAndSetsOnlyVariablesItReads() throws Exception {
    List<String> docintel = docintelServices();
    assertThat(docintel).contains("normalizer", "extractor", "classifier", "summarizer", "enricher",
        "drift-monitor", "gateway", "docintel-schema-registry");
    for (String name : docintel) {
      JsonNode service = services.get(name);
      String argument = service.at("/command/0").asText();
      String mainClass = entrypointClasses.get(argument);
      assertThat(mainClass).as(name + " runs " + argument).isNotNull().endsWith("App");
      Map<String, String> env = environment(service);
      assertThat(env).as(name).containsKey("DOCINTEL_KAFKA_BOOTSTRAP_SERVERS");
      if (mainClass.equals(SchemaRegistryApp.class.getName())) {
        assertThat(SchemaRegistryApp.fromEnvironment(env).toString()).isNotEmpty();
        assertThat(env.keySet()).allMatch(key -> key.startsWith("DOCINTEL_KAFKA_") || key.startsWith("DOCINTEL_REGISTRY_"));
        continue;
      }
      Set<String> declared = declaredSettings(mainClass);
      for (String variable : env.keySet()) {
        boolean known = declared.contains(variable) || PASS_THROUGH.stream().anyMatch(variable::startsWith)
            || variable.equals(NativeTokenizerCache.CACHE_DIR_VARIABLE);
        assertThat(known).as("%s sets %s, which %s does not read", name, variable, mainClass).isTrue();
      }
      assertThat(service.path("read_only").asBoolean()).as(name).isTrue();
      assertThat(service.path("volumes").toString()).as(name).contains(":/models:ro");
    }
  }

  @Test
  void servicesListenWhereTheScrapeConfigLooks() throws IOException {
    Map<String, Integer> repoJobs = scrapePorts(RepoPaths.PROMETHEUS.resolve("prometheus.yml"), null);
    Map<String, String> composeHosts = new HashMap<>();
    Map<String, Integer> composeJobs =
        scrapePorts(RepoPaths.COMPOSE.resolveSibling("prometheus.yml"), composeHosts);
    assertThat(composeJobs).isEqualTo(repoJobs);
    for (Map.Entry<String, String> job : composeHosts.entrySet()) {
      String host = job.getValue();
      assertThat(services.has(host)).as("%s scrapes %s", job.getKey(), host).isTrue();
      int port = composeJobs.get(job.getKey());
      JsonNode service = services.get(host);
      String listens = environment(service).getOrDefault("DOCINTEL_HTTP_PORT",
          environment(service).get("DOCINTEL_REGISTRY_PORT"));
      assertThat(listens).as(host).isEqualTo(String.valueOf(port));
    }
    for (String name : List.of("normalizer", "extractor", "classifier", "summarizer", "enricher", "drift-monitor",
        "gateway")) {
      String port = environment(services.get(name)).get("DOCINTEL_HTTP_PORT");
      assertThat(services.get(name).path("ports").get(0).asText()).isEqualTo(port + ":" + port);
      assertThat(repoJobs.get("docintel-" + name)).isEqualTo(Integer.parseInt(port));
    }
  }

  @Test
  void theStackMountsTheRepositoryMonitoringFiles() {
    assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
    assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    assertThat(services.at("/schema-registry/image").asText()).startsWith("confluentinc/cp-schema-registry:");
    assertThat(services.at("/prometheus/volumes").toString()).contains("../prometheus/rules:/etc/prometheus/rules");
    assertThat(services.at("/grafana/volumes").toString())
        .contains("../grafana/provisioning/dashboards:").contains("../grafana/dashboards:");
    for (JsonNode service : services) {
      for (JsonNode volume : service.path("volumes")) {
        String source = volume.asText().split(":")[0];
        if (source.startsWith(".") && !source.contains("models")) {
          assertThat(RepoPaths.COMPOSE.resolveSibling(source).normalize()).as(source).exists();
        }
      }
    }
  }

  @Test
  void theChartCopiesOfRulesAndDashboardsAreTheRepositoryFiles() throws IOException {
    Path files = RepoPaths.CHART.resolve("files");
    assertThat(files.resolve("prometheus/docintel.rules.yml"))
        .hasSameBinaryContentAs(RepoPaths.PROMETHEUS.resolve("rules/docintel.rules.yml"));
    Set<String> repoDashboards = jsonNames(RepoPaths.GRAFANA.resolve("dashboards"));
    assertThat(jsonNames(files.resolve("grafana/dashboards"))).isEqualTo(repoDashboards).isNotEmpty();
    for (String dashboard : repoDashboards) {
      assertThat(files.resolve("grafana/dashboards").resolve(dashboard))
          .hasSameBinaryContentAs(RepoPaths.GRAFANA.resolve("dashboards").resolve(dashboard));
    }
  }

  private static List<String> docintelServices() {
    List<String> names = new ArrayList<>();
    services.fields().forEachRemaining(entry -> {
      if (entry.getValue().path("image").asText().startsWith("docintel:")) {
        names.add(entry.getKey());
      }
    });
    return names;
  }

  private static Map<String, String> environment(JsonNode service) {
    Map<String, String> env = new LinkedHashMap<>();
    service.path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    return env;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> declaredSettings(String mainClass) throws Exception {
    List<Setting<?>> settings = (List<Setting<?>>) Class.forName(mainClass).getField("SETTINGS").get(null);
    Set<String> names = new TreeSet<>();
    settings.forEach(setting -> names.add(setting.envName()));
    return names;
  }

  /** Job name to scraped port; with {@code hosts}, also job name to scraped host. */
  private static Map<String, Integer> scrapePorts(Path config, Map<String, String> hosts) throws IOException {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (JsonNode job : YAML.readTree(config.toFile()).path("scrape_configs")) {
      String name = job.path("job_name").asText();
      Matcher target = TARGET.matcher(job.at("/static_configs/0/targets/0").asText());
      assertThat(target.matches()).as(name).isTrue();
      ports.put(name, Integer.parseInt(target.group(2)));
      if (hosts != null) {
        hosts.put(name, target.group(1));
      }
    }
    return ports;
  }

  private static Set<String> jsonNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return new TreeSet<>(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).toList());
    }
  }
}
