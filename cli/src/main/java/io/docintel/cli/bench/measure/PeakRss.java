package io.docintel.cli.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's peak resident set ({@code VmHWM} in {@code /proc/<pid>/status}) and current one
 * ({@code VmRSS}): this process's, or another's such as a child {@code docintel local}; and a reset
 * of this process's peak to its current resident set (writing 5 to {@code /proc/self/clear_refs}),
 * so that each phase of a benchmark reports its own peak. Linux only; elsewhere the figures are -1.
 */
public final class PeakRss {

  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private PeakRss() {}

  /** Peak resident set in bytes, or -1 where the kernel does not tell. */
  public static long peakBytes() {
    return peakBytes(ProcessHandle.current().pid());
  }

  /** Current resident set in bytes, or -1. */
  public static long currentBytes() {
    return currentBytes(ProcessHandle.current().pid());
  }

  /** Peak resident set of process {@code pid} in bytes, or -1 where the kernel does not tell. */
  public static long peakBytes(long pid) {
    return bytes(statusKilobytes(pid, "VmHWM:"));
  }

  /** Current resident set of process {@code pid} in bytes, or -1. */
  public static long currentBytes(long pid) {
    return bytes(statusKilobytes(pid, "VmRSS:"));
  }

  /** Sets the peak to the current resident set; false where the kernel does not allow it. */
  public static boolean reset() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static long bytes(long kilobytes) {
    return kilobytes < 0 ? -1 : kilobytes * 1024;
  }

  static long parseKilobytes(List<String> statusLines, String field) {
    for (String line : statusLines) {
      if (line.startsWith(field)) {
        String[] parts = line.substring(field.length()).trim().split("\\s+");
        return Long.parseLong(parts[0]);
      }
    }
    return -1;
  }

  private static long statusKilobytes(long pid, String field) {
    try {
      return parseKilobytes(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")), field);
    } catch (IOException e) {
      return -1;
    }
  }
}
