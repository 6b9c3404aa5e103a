package io.docintel.cli.bench.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The transformers.js peer in {@code bench/peer}, run as a child process: installs its locked
 * dependencies when they are missing ({@code npm ci}, skipping onnxruntime-node's optional GPU
 * download), then runs {@code embed-bench.mjs} and returns the JSON it prints.
 */
final class NodePeer {

  private final Path peerDir;
  private final PrintStream progress;

  NodePeer(Path peerDir, PrintStream progress) {
    if (!Files.isRegularFile(peerDir.resolve("embed-bench.mjs"))) {
      throw new IllegalArgumentException("no transformers.js peer in " + peerDir
          + " (expected bench/peer/embed-bench.mjs of the docintel sources; see --peer-dir)");
    }
    this.peerDir = peerDir;
    this.progress = progress;
  }

  JsonNode run(Path modelsDir, String modelName, List<String> texts, List<String> check, int threads, int repeats)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(peerDir.resolve("node_modules/@huggingface/transformers"))) {
      progress.println("installing the peer's locked dependencies (npm ci)…");
      exec(List.of("npm", "ci", "--no-audit", "--no-fund"), ProcessBuilder.Redirect.appendTo(new File("/dev/stderr")));
    }
    Path input = Files.createTempFile(modelsDir, "peer-input-", ".json");
    new ObjectMapper().writeValue(input.toFile(), Map.of("texts", texts, "check", check));
    Path output = Files.createTempFile(modelsDir, "peer-output-", ".json");
    exec(List.of("node", "embed-bench.mjs", modelsDir.toString(), modelName, input.toString(),
        String.valueOf(threads), String.valueOf(repeats)), ProcessBuilder.Redirect.to(output.toFile()));
    return new ObjectMapper().readTree(Files.readString(output, StandardCharsets.UTF_8));
  }

  private void exec(List<String> command, ProcessBuilder.Redirect stdout) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(peerDir.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(stdout);
    builder.environment().put("ONNXRUNTIME_NODE_INSTALL", "skip");
    Process process = builder.start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within 30 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue()
          + " (is Node.js 18+ with npm on the PATH?)");
    }
  }
}
