package io.docintel.cli.bench.measure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the JVM's own native threads, which the JVM's thread bean does not list: garbage
 * collection (G1's and Parallel's workers and concurrent threads, and the VM thread, which runs the
 * serial collector and every safepoint operation) and the JIT compilers. Read from each task's
 * name and CPU ticks in {@code /proc/self/task}; empty where there is no such folder.
 */
public final class JvmThreads {

  /** What a JVM-internal thread does, from its native name. */
  public enum Kind { GC, JIT }

  /** Ticks of {@code /proc/<pid>/task/<tid>/stat} are in USER_HZ, 100 on every Linux the JDK supports. */
  static final long NANOS_PER_TICK = 10_000_000L;

  private static final Path TASKS = Path.of("/proc/self/task");

  private JvmThreads() {}

  /** The kind of a native thread by its name ({@code /proc/.../comm}), or null for any other thread. */
  static Kind kindOf(String comm) {
    if (comm.startsWith("GC Thread#") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
      return Kind.GC;
    }
    if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre") || comm.equals("Sweeper thread")) {
      return Kind.JIT;
    }
    return null;
  }

  /** CPU nanoseconds so far of every live GC and JIT thread, by task id. */
  static Map<Long, CpuSnapshot.ThreadCpu> cpuByTask() {
    Map<Long, CpuSnapshot.ThreadCpu> tasks = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return tasks;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(TASKS)) {
      for (Path dir : dirs) {
        try {
          String comm = Files.readString(dir.resolve("comm")).strip();
          if (kindOf(comm) != null) {
            tasks.put(Long.parseLong(dir.getFileName().toString()),
                new CpuSnapshot.ThreadCpu(comm, ticks(Files.readString(dir.resolve("stat"))) * NANOS_PER_TICK));
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended while being read: it no longer counts, as any ended thread.
        }
      }
    } catch (IOException e) {
      return tasks;
    }
    return tasks;
  }

  /** utime + stime of a {@code stat} line; the name in parentheses may hold spaces, so fields count from its end. */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // After the name: state is field 3 of the line, utime 14 and stime 15.
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
