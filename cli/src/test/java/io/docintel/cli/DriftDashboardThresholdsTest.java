package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.drift.report.Threshold;
import io.docintel.drift.report.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Drift dashboard shows every drift metric with the drift monitor's default thresholds drawn:
 * each metric with defaults is selected by exactly one value panel, whose WARN and ALERT steps
 * are that metric's defaults.
 */
class DriftDashboardThresholdsTest {

  private static final Pattern METRIC_MATCHER = Pattern.compile("docintel_drift_value\\{metric=~\"(.*)\"}");

  @Test
  void everyDriftMetricIsInOnePanelDrawingItsDefaultThresholds() throws Exception {
    List<JsonNode> panels = new ArrayList<>();
    Dashboards.read("drift").path("panels").forEach(panels::add);
    assertThat(Thresholds.DEFAULTS.byMetric()).isNotEmpty();
    Thresholds.DEFAULTS.byMetric().forEach((metric, expected) ->
        assertThat(drawnFor(panels, metric)).as(metric).isEqualTo(expected));
    // Members of a family (entities per 1k tokens of one type) use the family's thresholds.
    assertThat(drawnFor(panels, "extraction.per_1k_tokens.PERSON"))
        .isEqualTo(Thresholds.DEFAULTS.of("extraction.per_1k_tokens.PERSON"));
  }

  /** The thresholds of the one panel whose query selects {@code metric}. */
  private static Threshold drawnFor(List<JsonNode> panels, String metric) {
    List<JsonNode> showing = panels.stream().filter(panel -> selects(panel, metric)).toList();
    assertThat(showing).as("value panels showing %s", metric).hasSize(1);
    JsonNode defaults = showing.get(0).path("fieldConfig").path("defaults");
    assertThat(defaults.path("custom").path("thresholdsStyle").path("mode").asText()).isNotEqualTo("off");
    JsonNode steps = defaults.path("thresholds").path("steps");
    assertThat(steps).hasSize(3);
    return new Threshold(steps.get(1).path("value").asDouble(), steps.get(2).path("value").asDouble());
  }

  private static boolean selects(JsonNode panel, String metric) {
    for (JsonNode target : panel.path("targets")) {
      Matcher matcher = METRIC_MATCHER.matcher(target.path("expr").asText());
      // PromQL strings escape backslashes; its regexes are anchored, like matches().
      if (matcher.matches() && Pattern.compile(matcher.group(1).replace("\\\\", "\\")).matcher(metric).matches()) {
        return true;
      }
    }
    return false;
  }
}
