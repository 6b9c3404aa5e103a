package io.docintel.cli.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Prometheus config for a local stack: one job per target with the job names of
 * deploy/prometheus/prometheus.yml, so its alert rules and the Grafana dashboards apply as they are.
 */
final class ScrapeConfig {

  private ScrapeConfig() {}

  static String yaml(List<ScrapeTarget> targets, Duration interval, Optional<Path> rules) {
    String seconds = Math.max(1, interval.toSeconds()) + "s";
    StringBuilder yaml = new StringBuilder()
        .append("global:\n")
        .append("  scrape_interval: ").append(seconds).append('\n')
        .append("  scrape_timeout: ").append(seconds).append('\n')
        .append("  evaluation_interval: ").append(seconds).append('\n');
    rules.ifPresent(dir -> yaml.append("rule_files:\n  - \"").append(dir.toAbsolutePath()).append("/*.yml\"\n"));
    yaml.append("scrape_configs:\n");
    for (ScrapeTarget target : targets) {
      yaml.append("  - job_name: ").append(target.job()).append('\n')
          .append("    metrics_path: /metrics\n")
          .append("    static_configs:\n")
          .append("      - targets: [\"localhost:").append(target.port()).append("\"]\n");
    }
    return yaml.toString();
  }
}
