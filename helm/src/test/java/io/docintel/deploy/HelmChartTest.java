package io.docintel.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints the chart strictly and renders it with the default values and with
 * {@code values-gpu-external-sasl.yaml}, then checks the rendered manifests.
 */
class HelmChartTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> CONSUMERS =
      Set.of("normalizer", "extractor", "classifier", "summarizer", "enricher", "drift-monitor");
  private static final String RELEASE = "docintel";

  private static List<JsonNode> defaults;
  private static List<JsonNode> gpuExternalSasl;

  @BeforeAll
  static void render() throws IOException {
    defaults = parse(new Helm(RepoPaths.CHART).template().withName(RELEASE).call());
    gpuExternalSasl = parse(new Helm(RepoPaths.CHART).template().withName(RELEASE)
        .withValuesFile(RepoPaths.CHART.resolve("values-gpu-external-sasl.yaml")).call());
  }

  @Test
  void lintsStrictlyWithBothValueFiles() {
    LintResult plain = new Helm(RepoPaths.CHART).lint().strict().call();
    assertThat(plain.isFailed()).as("%s", plain.getMessages()).isFalse();
    // helm-java's lint has no values-file option; rendering the example file is checked below.
    assertThat(gpuExternalSasl).isNotEmpty();
  }

  @Test
  void everyWorkloadHasProbesResourcesAndARestrictedSecurityContext() {
    for (List<JsonNode> manifests : List.of(defaults, gpuExternalSasl)) {
      List<JsonNode> workloads = workloads(manifests);
      assertThat(workloads).isNotEmpty();
      for (JsonNode workload : workloads) {
        String name = workload.at("/metadata/name").asText();
        JsonNode pod = workload.at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
        for (JsonNode container : pod.get("containers")) {
          assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/health/live");
          assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/health/ready");
          assertThat(container.at("/resources/requests/memory").isMissingNode()).as(name).isFalse();
          assertThat(container.at("/resources/limits/memory").isMissingNode()).as(name).isFalse();
          assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
          assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
          assertThat(mountPaths(container)).as(name).contains("/tmp");
        }
      }
    }
  }

  @Test
  void namesLabelsAndSelectorsAgree() {
    for (List<JsonNode> manifests : List.of(defaults, gpuExternalSasl)) {
      for (JsonNode manifest : manifests) {
        JsonNode labels = manifest.at("/metadata/labels");
        String name = manifest.at("/metadata/name").asText();
        assertThat(name).as("name").startsWith(RELEASE);
        assertThat(labels.path("app.kubernetes.io/name").asText()).as(name).isEqualTo("docintel");
        assertThat(labels.path("app.kubernetes.io/instance").asText()).as(name).isEqualTo(RELEASE);
        assertThat(labels.path("app.kubernetes.io/managed-by").asText()).as(name).isEqualTo("Helm");
      }
      for (JsonNode workload : workloads(manifests)) {
        String name = workload.at("/metadata/name").asText();
        String component = workload.at("/metadata/labels/app.kubernetes.io~1component").asText();
        assertThat(name).isEqualTo(RELEASE + "-" + component);
        JsonNode selector = workload.at("/spec/selector/matchLabels");
        JsonNode podLabels = workload.at("/spec/template/metadata/labels");
        selector.fields().forEachRemaining(label ->
            assertThat(podLabels.path(label.getKey()).asText()).as(name + " " + label.getKey())
                .isEqualTo(label.getValue().asText()));
        JsonNode service = find(manifests, "Service", name);
        assertThat(service.at("/spec/selector")).as(name).isEqualTo(selector);
      }
      for (JsonNode pdb : ofKind(manifests, "PodDisruptionBudget")) {
        JsonNode workload = findWorkload(manifests, pdb.at("/metadata/name").asText());
        assertThat(pdb.at("/spec/selector/matchLabels")).isEqualTo(workload.at("/spec/selector/matchLabels"));
      }
    }
  }

  @Test
  void oneDeploymentAndOneLagScalerPerConsumerCappedAtThePartitions() {
    assertThat(names(ofKind(defaults, "Deployment")))
        .containsExactlyInAnyOrderElementsOf(CONSUMERS.stream().map(c -> RELEASE + "-" + c).toList());
    for (List<JsonNode> manifests : List.of(defaults, gpuExternalSasl)) {
      int partitions = Integer.parseInt(find(manifests, "ConfigMap", RELEASE + "-config")
          .at("/data/DOCINTEL_TOPICS_PARTITIONS").asText());
      List<JsonNode> scaled = ofKind(manifests, "ScaledObject");
      assertThat(names(scaled)).containsExactlyInAnyOrderElementsOf(CONSUMERS.stream().map(c -> RELEASE + "-" + c).toList());
      for (JsonNode object : scaled) {
        assertThat(object.at("/spec/maxReplicaCount").asInt()).isBetween(1, partitions);
        for (JsonNode trigger : object.at("/spec/triggers")) {
          assertThat(trigger.path("type").asText()).isEqualTo("kafka");
          assertThat(trigger.at("/metadata/consumerGroup").asText())
              .isEqualTo("docintel-" + object.at("/metadata/labels/app.kubernetes.io~1component").asText());
          assertThat(trigger.at("/metadata/topic").asText()).startsWith("docintel.");
        }
      }
    }
    assertThat(find(gpuExternalSasl, "ConfigMap", RELEASE + "-config").at("/data/DOCINTEL_TOPICS_PARTITIONS").asText())
        .isEqualTo("6");
  }

  @Test
  void everyContainerRunsAnExistingServiceMainClass() throws Exception {
    for (JsonNode workload : workloads(defaults)) {
      String mainClass = workload.at("/spec/template/spec/containers/0/args/0").asText();
      assertThat(mainClass).endsWith("App");
      assertThat(Class.forName(mainClass).getMethod("main", String[].class)).isNotNull();
    }
  }

  @Test
  void defaultsDeployTheRegistryAndNoGpu() {
    JsonNode registry = find(defaults, "StatefulSet", RELEASE + "-schema-registry");
    assertThat(registry.at("/spec/template/spec/containers/0/args/0").asText())
        .isEqualTo("io.docintel.registry.SchemaRegistryApp");
    assertThat(find(defaults, "ConfigMap", RELEASE + "-config").at("/data/DOCINTEL_REGISTRY_URL").asText())
        .isEqualTo("http://docintel-schema-registry:8081");
    for (JsonNode deployment : ofKind(defaults, "Deployment")) {
      assertThat(deployment.at("/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu").isMissingNode())
          .isTrue();
    }
    assertThat(ofKind(defaults, "PrometheusRule")).hasSize(1);
    assertThat(ofKind(defaults, "ServiceMonitor")).hasSize(1);
    assertThat(ofKind(defaults, "NetworkPolicy")).hasSize(2);
  }

  @Test
  void gpuValuesPutTheModelServicesOnGpuNodes() {
    for (String component : List.of("extractor", "classifier", "summarizer")) {
      JsonNode pod = find(gpuExternalSasl, "Deployment", RELEASE + "-" + component).at("/spec/template/spec");
      JsonNode container = pod.at("/containers/0");
      assertThat(container.at("/resources/limits/nvidia.com~1gpu").asInt()).as(component).isEqualTo(1);
      assertThat(container.path("image").asText()).contains("docintel-gpu");
      assertThat(env(container, "DOCINTEL_INFERENCE_DEVICE")).isEqualTo("cuda");
      assertThat(pod.at("/nodeSelector/nvidia.com~1gpu.present").asText()).isEqualTo("true");
      assertThat(pod.at("/tolerations/0/key").asText()).isEqualTo("nvidia.com/gpu");
      assertThat(container.at("/volumeMounts").findValuesAsText("mountPath")).contains("/models");
    }
    JsonNode enricher = find(gpuExternalSasl, "Deployment", RELEASE + "-enricher").at("/spec/template/spec");
    assertThat(enricher.at("/containers/0/resources/limits/nvidia.com~1gpu").isMissingNode()).isTrue();
  }

  @Test
  void externalRegistryAndSaslValuesRenderNoRegistryAndTheSecuritySettings() {
    assertThat(ofKind(gpuExternalSasl, "StatefulSet")).isEmpty();
    JsonNode config = find(gpuExternalSasl, "ConfigMap", RELEASE + "-config").path("data");
    assertThat(config.path("DOCINTEL_REGISTRY_URL").asText()).isEqualTo("https://schema-registry.example.com");
    assertThat(config.path("DOCINTEL_KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
    assertThat(find(gpuExternalSasl, "Secret", RELEASE + "-env").at("/stringData/DOCINTEL_REGISTRY_BASIC_AUTH_USER_INFO")
        .asText()).isEqualTo("docintel:change-me");
    for (JsonNode deployment : ofKind(gpuExternalSasl, "Deployment")) {
      JsonNode container = deployment.at("/spec/template/spec/containers/0");
      assertThat(env(container, "DOCINTEL_KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
      assertThat(env(container, "DOCINTEL_KAFKA_SASL_JAAS_CONFIG"))
          .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
          .contains("$(KAFKA_SASL_PASSWORD)");
      assertThat(container.at("/env").findValuesAsText("name")).containsSubsequence("KAFKA_SASL_PASSWORD",
          "DOCINTEL_KAFKA_SASL_JAAS_CONFIG");
    }
    // The credentials come from the existing Secret, so the chart renders none of its own.
    assertThat(names(ofKind(gpuExternalSasl, "Secret"))).containsExactly(RELEASE + "-env");
    JsonNode trigger = ofKind(gpuExternalSasl, "ScaledObject").get(0).at("/spec/triggers/0");
    assertThat(trigger.at("/metadata/sasl").asText()).isEqualTo("scram_sha512");
    assertThat(trigger.at("/authenticationRef/name").asText()).isEqualTo(RELEASE + "-kafka");
    assertThat(find(gpuExternalSasl, "TriggerAuthentication", RELEASE + "-kafka")
        .at("/spec/secretTargetRef/0/name").asText()).isEqualTo("docintel-kafka-credentials");
  }

  @Test
  void theGatewayWhenEnabledRunsFixedReplicasWithItsKeysFromASecret() {
    assertThat(names(ofKind(defaults, "Deployment"))).doesNotContain(RELEASE + "-gateway");
    JsonNode gateway = find(gpuExternalSasl, "Deployment", RELEASE + "-gateway");
    assertThat(gateway.at("/spec/replicas").asInt()).as("no lag to scale on").isEqualTo(2);
    JsonNode container = gateway.at("/spec/template/spec/containers/0");
    assertThat(container.at("/args/0").asText()).isEqualTo("io.docintel.gateway.GatewayApp");
    assertThat(container.at("/resources/limits/nvidia.com~1gpu").isMissingNode()).isTrue();
    JsonNode keys = null;
    for (JsonNode variable : container.get("env")) {
      if (variable.path("name").asText().equals("DOCINTEL_GATEWAY_API_KEYS")) {
        keys = variable;
      }
    }
    assertThat(keys).isNotNull();
    assertThat(keys.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("docintel-gateway-keys");
    assertThat(keys.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("api-keys");
    assertThat(find(gpuExternalSasl, "Service", RELEASE + "-gateway").at("/spec/ports/0/port").asInt()).isEqualTo(8080);
  }

  @Test
  void rulesAndDashboardsAreTheRepositoryFiles() throws IOException {
    JsonNode rule = ofKind(defaults, "PrometheusRule").get(0);
    JsonNode repoRules = YAML.readTree(RepoPaths.PROMETHEUS.resolve("rules/docintel.rules.yml").toFile());
    assertThat(rule.get("spec")).isEqualTo(repoRules);
    JsonNode dashboards = find(defaults, "ConfigMap", RELEASE + "-dashboards");
    assertThat(dashboards.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
    assertThat(iterable(dashboards.path("data").fieldNames()))
        .containsExactlyInAnyOrder("overview.json", "inference.json", "drift.json");
  }

  private static List<JsonNode> parse(String rendered) throws IOException {
    List<JsonNode> manifests = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(rendered)) {
      for (JsonNode node : YAML.readValues(parser, JsonNode.class).readAll()) {
        if (node != null && node.isObject() && node.has("kind")) {
          manifests.add(node);
        }
      }
    }
    assertThat(manifests).as("rendered manifests").isNotEmpty();
    return manifests;
  }

  private static List<JsonNode> workloads(List<JsonNode> manifests) {
    List<JsonNode> workloads = new ArrayList<>(ofKind(manifests, "Deployment"));
    workloads.addAll(ofKind(manifests, "StatefulSet"));
    return workloads;
  }

  private static List<JsonNode> ofKind(List<JsonNode> manifests, String kind) {
    return manifests.stream().filter(m -> kind.equals(m.path("kind").asText())).toList();
  }

  private static JsonNode find(List<JsonNode> manifests, String kind, String name) {
    return ofKind(manifests, kind).stream().filter(m -> name.equals(m.at("/metadata/name").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static JsonNode findWorkload(List<JsonNode> manifests, String name) {
    return workloads(manifests).stream().filter(m -> name.equals(m.at("/metadata/name").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no workload " + name));
  }

  private static List<String> names(List<JsonNode> manifests) {
    return manifests.stream().map(m -> m.at("/metadata/name").asText()).toList();
  }

  private static List<String> mountPaths(JsonNode container) {
    return container.path("volumeMounts").findValuesAsText("mountPath");
  }

  private static String env(JsonNode container, String name) {
    for (JsonNode variable : container.path("env")) {
      if (name.equals(variable.path("name").asText())) {
        return variable.path("value").asText();
      }
    }
    return MissingNode.getInstance().asText();
  }

  private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
    return StreamSupport.stream(((Iterable<T>) () -> iterator).spliterator(), false).toList();
  }
}
