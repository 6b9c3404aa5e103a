package io.docintel.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docintel service in a JVM of its own, so that a test can kill it as abruptly as an operating
 * system or an orchestrator would ({@code SIGKILL}: no shutdown hook, no commit, no leaving the
 * group). Started from {@code target/docintel.jar}, whose manifest class path brings {@code lib/}
 * (a short command line: ONNX Runtime crashes on class paths of more than a few kilobytes), with
 * the given {@code DOCINTEL_*} environment; what it prints goes to a log file for diagnosis.
 */
final class ServiceProcess implements AutoCloseable {

  /** The line {@code ServiceLauncher} logs once a service serves its endpoints. */
  private static final Pattern SERVING = Pattern.compile("serving /health/live, /health/ready and /metrics on port (\\d+)");

  private static final Path JAR = Path.of("target", "docintel.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final Path log;

  private ServiceProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} with exactly {@code environment} as its environment (the local stack's
   * {@code environment(service)} includes this JVM's own); its output goes to {@code log}, created
   * with its folders.
   */
  static ServiceProcess start(Class<?> mainClass, Map<String, String> environment, Path log) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the ITs through Maven (verify), which "
          + "packages it first");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp", JAR.toString(), mainClass.getName());
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().clear();
      builder.environment().putAll(environment);
      return new ServiceProcess(mainClass.getSimpleName(), builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + mainClass.getName(), e);
    }
  }

  /**
   * Waits until the service's {@code /health/ready} answers 200 (Kafka Streams RUNNING) and returns
   * its HTTP port; fails, quoting the end of its log, if it exits or the timeout passes.
   */
  int awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends with:\n" + tail());
      }
      OptionalInt port = port();
      if (port.isPresent() && ready(port.getAsInt())) {
        return port.getAsInt();
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; its log ends with:\n" + tail());
  }

  /** What its {@code /metrics} endpoint serves now (Prometheus text); call after {@link #awaitReady}. */
  String metrics() throws InterruptedException {
    int port = port().orElseThrow(() -> new IllegalStateException(name + " is not serving yet"));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read /metrics", e);
    }
  }

  /** Kills the JVM with SIGKILL and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Kills it if it still runs. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private OptionalInt port() {
    Matcher serving = SERVING.matcher(read());
    return serving.find() ? OptionalInt.of(Integer.parseInt(serving.group(1))) : OptionalInt.empty();
  }

  private static boolean ready(int port) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
        .timeout(Duration.ofSeconds(2)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private String read() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private String tail() {
    String text = read();
    return text.substring(Math.max(0, text.length() - 4000));
  }
}
