package io.docintel.cli.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** One Prometheus scrape job: {@code docintel-<name>} at {@code localhost:<port>/metrics}. */
public record ScrapeTarget(String name, int port) {

  public String job() {
    return "docintel-" + name;
  }

  /** Every service and the registry of a running local stack, named as deploy/prometheus/prometheus.yml names them. */
  public static List<ScrapeTarget> of(LocalStack stack) {
    List<ScrapeTarget> targets = new ArrayList<>();
    stack.services().forEach(service -> targets.add(new ScrapeTarget(service.name(), service.httpPort())));
    targets.add(new ScrapeTarget("schema-registry", URI.create(stack.registryUrl()).getPort()));
    return targets;
  }
}
