package io.docintel.cli.bench.measure;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time between two {@link CpuSnapshot}s, by {@link CpuCategory}. A thread that started in
 * between counts from zero; GC and JIT are the JVM's own threads of those kinds; what the process
 * spent elsewhere (native threads, threads that ended) is the process total less all of those.
 * Inference is also split by batcher thread, i.e. by service and model.
 */
public record CpuSplit(long totalNanos, Map<CpuCategory, Long> byCategory, Map<String, Long> inferenceByThread) {

  public static CpuSplit between(CpuSnapshot before, CpuSnapshot after) {
    Map<CpuCategory, Long> split = new EnumMap<>(CpuCategory.class);
    for (CpuCategory category : CpuCategory.values()) {
      split.put(category, 0L);
    }
    Map<String, Long> inference = new TreeMap<>();
    long listed = 0;
    for (Map.Entry<Long, CpuSnapshot.ThreadCpu> entry : after.threads().entrySet()) {
      CpuSnapshot.ThreadCpu earlier = before.threads().get(entry.getKey());
      long spent = Math.max(0, entry.getValue().nanos() - (earlier == null ? 0 : earlier.nanos()));
      CpuCategory category = CpuCategory.ofThread(entry.getValue().name());
      split.merge(category, spent, Long::sum);
      if (category == CpuCategory.INFERENCE) {
        inference.merge(entry.getValue().name(), spent, Long::sum);
      }
      listed += spent;
    }
    for (Map.Entry<Long, CpuSnapshot.ThreadCpu> entry : after.jvmThreads().entrySet()) {
      CpuSnapshot.ThreadCpu earlier = before.jvmThreads().get(entry.getKey());
      long spent = Math.max(0, entry.getValue().nanos() - (earlier == null ? 0 : earlier.nanos()));
      split.merge(JvmThreads.kindOf(entry.getValue().name()) == JvmThreads.Kind.JIT ? CpuCategory.JIT : CpuCategory.GC,
          spent, Long::sum);
      listed += spent;
    }
    long total = Math.max(0, after.processNanos() - before.processNanos());
    split.put(CpuCategory.OUTSIDE_JAVA_THREADS, Math.max(0, total - listed));
    return new CpuSplit(Math.max(total, listed), split, inference);
  }

  public long nanos(CpuCategory category) {
    return byCategory.getOrDefault(category, 0L);
  }

  /** Share of the total, 0 to 1. */
  public double share(CpuCategory category) {
    return totalNanos == 0 ? 0 : (double) nanos(category) / totalNanos;
  }

  /** CPU the services themselves spent: everything but the in-process broker and the load generator. */
  public long servicesNanos() {
    return byCategory.entrySet().stream().filter(e -> e.getKey().inServices()).mapToLong(Map.Entry::getValue).sum();
  }

  /** Everything but inference, as a share of the services' own CPU time (0 to 1). */
  public double overheadShareOfServices() {
    long services = servicesNanos();
    return services == 0 ? 0 : (double) (services - nanos(CpuCategory.INFERENCE)) / services;
  }

  /** Everything but inference, as a share of the whole process's CPU time (0 to 1). */
  public double overheadShareOfProcess() {
    return totalNanos == 0 ? 0 : (double) (totalNanos - nanos(CpuCategory.INFERENCE)) / totalNanos;
  }
}
