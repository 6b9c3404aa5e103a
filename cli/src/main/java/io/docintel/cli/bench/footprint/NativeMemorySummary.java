package io.docintel.cli.bench.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The totals of a JVM's Native Memory Tracking summary ({@code jcmd <pid> VM.native_memory summary}):
 * the total line and one line per area (Java heap, class metadata, code, threads, GC, ...). The JVM
 * must run with {@code -XX:NativeMemoryTracking=summary}.
 */
final class NativeMemorySummary {

  private NativeMemorySummary() {}

  static List<String> of(long pid) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "VM.native_memory", "summary", "scale=MB")
        .redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      return List.of("(jcmd failed: " + output.strip() + ")");
    }
    return areas(output);
  }

  /** The lines naming a total: {@code Total: reserved=…, committed=…} and {@code -  Java Heap (reserved=…, committed=…)}. */
  static List<String> areas(String summary) {
    return summary.lines().map(String::strip)
        .filter(line -> line.startsWith("Total:") || (line.startsWith("-") && line.contains("committed=")))
        .map(line -> "  " + line.replaceFirst("^-\\s*", ""))
        .toList();
  }
}
