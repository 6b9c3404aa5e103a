package io.docintel.cli.local;

import io.docintel.common.runtime.StreamsService;
import io.docintel.gateway.GatewayApp;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel local}: the whole stack in one JVM until Ctrl-C. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = {"Run docintel in this JVM: a real Kafka broker, the schema registry and every service.",
        "Prints the endpoints, then runs until Ctrl-C, which stops everything cleanly and deletes its data.",
        "Service settings can be given as DOCINTEL_* environment variables (see the README)."})
public final class LocalCommand implements Callable<Integer> {

  private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(5);

  @Mixin LocalStackOptions options;

  @Option(names = "--prometheus",
      description = "also run a Prometheus (Debian's prometheus package) that scrapes the stack and evaluates the alert rules")
  boolean prometheus;

  @Option(names = "--prometheus-port", defaultValue = "0",
      description = "port of that Prometheus; 0 picks a free one, 9090 matches deploy/grafana's datasource (default: ${DEFAULT-VALUE})")
  int prometheusPort;

  @Override
  public Integer call() throws InterruptedException {
    try {
      options.leftOut();
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    LocalStack stack = LocalStack.start(options, System.err);
    LocalPrometheus scraper;
    try {
      scraper = prometheus ? startPrometheus(stack) : null;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("stopping…");
      if (scraper != null) {
        scraper.close();
      }
      stack.close();
      stopped.countDown();
    }, "docintel-local-shutdown"));
    System.out.println("docintel is running. Ctrl-C stops it.");
    System.out.println("  Kafka bootstrap servers  " + stack.bootstrapServers());
    System.out.println("  schema registry          " + stack.registryUrl());
    for (StreamsService service : stack.services()) {
      System.out.printf("  %-24s http://localhost:%d/metrics  (/health/ready, /health/live)%n",
          service.name(), service.httpPort());
    }
    options.leftOut().forEach(service -> System.out.printf("  %-24s left out%n", service));
    if (scraper != null) {
      System.out.println("  prometheus               " + scraper.url()
          + "  (scrapes every " + SCRAPE_INTERVAL.toSeconds() + " s; dashboards: deploy/grafana/)");
    }
    if (options.saslSsl()) {
      System.out.println("Kafka clients log in over SASL_SSL as " + LocalStack.SASL_USER
          + " (a password made for this run). Set these, then post with:  ./docintel post -r " + stack.registryUrl()
          + " FILE|DIR...");
      stack.kafkaEnvironment().forEach((name, value) -> System.out.println("  export " + name + "=" + shellQuoted(value)));
    } else {
      System.out.println("Post documents with:  ./docintel post -b " + stack.bootstrapServers()
          + " -r " + stack.registryUrl() + " FILE|DIR...");
    }
    if (stack.services().stream().anyMatch(service -> service.name().equals(GatewayApp.SERVICE))) {
      String gateway = "http://localhost:" + stack.service(GatewayApp.SERVICE).httpPort();
      String key = System.getenv("DOCINTEL_GATEWAY_API_KEYS") == null ? LocalStack.LOCAL_API_KEY : "<your key>";
      System.out.println("or over HTTP:         curl -H 'Authorization: Bearer " + key + "' -F file=@invoice.pdf "
          + gateway + "/v1/documents");
      System.out.println("read results:         curl -H 'Authorization: Bearer " + key + "' "
          + gateway + "/v1/documents/ID   (API: " + gateway + "/openapi.json)");
    }
    stopped.await();
    return 0;
  }

  private static String shellQuoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  private LocalPrometheus startPrometheus(LocalStack stack) {
    System.err.println("starting prometheus…");
    return LocalPrometheus.start(ScrapeTarget.of(stack), SCRAPE_INTERVAL, prometheusPort);
  }
}
