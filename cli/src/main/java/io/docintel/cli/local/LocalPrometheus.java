package io.docintel.cli.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Prometheus server (Debian's {@code prometheus} binary, see {@link PrometheusBinary}) run as a
 * child process that scrapes given targets, evaluating the project's alert rules when the
 * checkout's {@code deploy/prometheus/rules} is at hand. Its config, data and log live in a temp
 * folder that closing deletes; it listens on 127.0.0.1 only. Owns the process: close stops it.
 */
public final class LocalPrometheus implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path home;
  private final int port;
  private boolean closed;

  private LocalPrometheus(Process process, Path home, int port) {
    this.process = process;
    this.home = home;
    this.port = port;
  }

  /**
   * Starts Prometheus on {@code port} (0: a free one) scraping {@code targets} every
   * {@code scrapeInterval}, and waits until it is ready.
   */
  public static LocalPrometheus start(List<ScrapeTarget> targets, Duration scrapeInterval, int port) {
    Path binary = PrometheusBinary.locate();
    Path home = null;
    Process process = null;
    try {
      home = Files.createTempDirectory("docintel-prometheus-");
      int listenPort = port == 0 ? freePort() : port;
      Optional<Path> rules = DeployFolder.find().map(d -> d.resolve("prometheus/rules")).filter(Files::isDirectory);
      Path config = home.resolve("prometheus.yml");
      Files.writeString(config, ScrapeConfig.yaml(targets, scrapeInterval, rules), StandardCharsets.UTF_8);
      Path log = home.resolve("prometheus.log");
      process = new ProcessBuilder(binary.toString(),
          "--config.file=" + config,
          "--storage.tsdb.path=" + home.resolve("data"),
          "--web.listen-address=127.0.0.1:" + listenPort,
          "--log.level=warn")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      LocalPrometheus prometheus = new LocalPrometheus(process, home, listenPort);
      prometheus.awaitReady(log);
      return prometheus;
    } catch (IOException | RuntimeException e) {
      new LocalPrometheus(process, home, 0).close();
      throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException(e.getMessage(), (IOException) e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady(Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/-/ready")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("prometheus exited with " + process.exitValue() + ": " + tail(log));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for prometheus", e);
      }
      sleep(Duration.ofMillis(200));
    }
    throw new IllegalStateException("prometheus not ready within " + READY_TIMEOUT.toSeconds() + " s: " + tail(log));
  }

  /** Stops the process (SIGTERM, then kill after 10 s) and deletes its folder. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    deleteQuietly(home);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for prometheus", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Leftovers in the temp folder are harmless.
    }
  }
}
