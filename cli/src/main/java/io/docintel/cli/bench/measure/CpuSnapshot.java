package io.docintel.cli.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent so far: by the whole process (every thread, native ones, GC and JIT included), by
 * each live Java thread (keyed by thread id, with its name) and by each live GC or JIT thread of the
 * JVM (keyed by task id, with its native name; see {@link JvmThreads}).
 */
public record CpuSnapshot(long processNanos, Map<Long, ThreadCpu> threads, Map<Long, ThreadCpu> jvmThreads) {

  /** A snapshot without JVM-internal threads. */
  public CpuSnapshot(long processNanos, Map<Long, ThreadCpu> threads) {
    this(processNanos, threads, Map.of());
  }

  /** One Java thread's name and CPU time so far. */
  public record ThreadCpu(String name, long nanos) {}

  public static CpuSnapshot take() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Map<Long, ThreadCpu> threads = new HashMap<>();
    long[] ids = bean.getAllThreadIds();
    ThreadInfo[] infos = bean.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      long nanos = bean.getThreadCpuTime(ids[i]);
      if (infos[i] != null && nanos >= 0) {
        threads.put(ids[i], new ThreadCpu(infos[i].getThreadName(), nanos));
      }
    }
    return new CpuSnapshot(processCpuNanos(), threads, JvmThreads.cpuByTask());
  }

  /** The process's CPU time, from the JDK's own operating-system bean. */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report process CPU time");
  }
}
