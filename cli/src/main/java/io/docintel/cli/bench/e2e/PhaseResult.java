package io.docintel.cli.bench.e2e;

import io.docintel.cli.bench.measure.CpuSplit;
import io.docintel.cli.bench.measure.Percentiles;

/**
 * What one phase of the end-to-end benchmark measured: documents (or texts) done, real tokens,
 * wall time, latency from post to enriched result (none outside the stack), CPU time by category,
 * and the process's peak resident set during the phase (-1 where unknown).
 */
public record PhaseResult(String name, int documents, int texts, long tokens, double seconds, Percentiles latencyMs,
    CpuSplit cpu, long peakRssBytes) {

  public double documentsPerSecond() {
    return seconds == 0 ? 0 : documents / seconds;
  }

  public double tokensPerSecond() {
    return seconds == 0 ? 0 : tokens / seconds;
  }

  /** CPU milliseconds per document, all categories. */
  public double cpuMsPerDocument() {
    return documents == 0 ? 0 : cpu.totalNanos() / 1e6 / documents;
  }
}
