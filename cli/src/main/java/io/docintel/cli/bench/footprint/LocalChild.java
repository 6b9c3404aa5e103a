package io.docintel.cli.bench.footprint;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code docintel local} as a child process, started from the same jar with the given JVM options
 * and free ports: the whole stack exactly as a user runs it, in a process of its own whose memory
 * can be read. Its endpoints are read from what it prints; its log goes to a file. Closing asks it
 * to stop (SIGTERM, which runs its shutdown hook) and waits, killing it only if it does not stop.
 */
final class LocalChild implements AutoCloseable {

  private static final String BOOTSTRAP_LINE = "Kafka bootstrap servers";
  private static final String REGISTRY_LINE = "schema registry";

  private final Process process;
  private final String bootstrapServers;
  private final String registryUrl;

  private LocalChild(Process process, String bootstrapServers, String registryUrl) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
  }

  /** Starts {@code java <jvmOptions> -jar <jar> local} and waits until it prints its endpoints. */
  static LocalChild start(Path jar, List<String> jvmOptions, File log, Duration timeout)
      throws IOException, InterruptedException, TimeoutException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "local", "--registry-port", "0", "--service-port", "0"));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log)).start();
    CompletableFuture<String[]> endpoints = CompletableFuture.supplyAsync(() -> readEndpoints(process));
    try {
      String[] found = endpoints.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new LocalChild(process, found[0], found[1]);
    } catch (ExecutionException e) {
      stop(process);
      throw new IllegalStateException("docintel local did not start (its log: " + log + "): "
          + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      stop(process);
      throw e;
    }
  }

  /** Reads the child's stdout up to both endpoint lines, then keeps draining it so that it never blocks. */
  private static String[] readEndpoints(Process process) {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String bootstrap = null;
    String registry = null;
    try {
      for (String line; (bootstrap == null || registry == null) && (line = out.readLine()) != null; ) {
        String trimmed = line.strip();
        if (trimmed.startsWith(BOOTSTRAP_LINE)) {
          bootstrap = trimmed.substring(BOOTSTRAP_LINE.length()).strip();
        } else if (trimmed.startsWith(REGISTRY_LINE)) {
          registry = trimmed.substring(REGISTRY_LINE.length()).strip();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the child's output: " + e.getMessage(), e);
    }
    if (bootstrap == null || registry == null) {
      throw new IllegalStateException("it exited with code " + exitCode(process) + " before printing its endpoints");
    }
    Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "docintel-bench-child-stdout");
    drain.setDaemon(true);
    drain.start();
    return new String[] {bootstrap, registry};
  }

  private static String exitCode(Process process) {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "(still running)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(unknown)";
    }
  }

  long pid() {
    return process.pid();
  }

  String bootstrapServers() {
    return bootstrapServers;
  }

  String registryUrl() {
    return registryUrl;
  }

  @Override
  public void close() {
    stop(process);
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
