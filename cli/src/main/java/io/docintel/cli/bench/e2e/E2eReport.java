package io.docintel.cli.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docintel.cli.bench.measure.CpuCategory;
import io.docintel.cli.bench.measure.Percentiles;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end benchmark's figures: as tables for people, or as one JSON object. {@code slowest}
 * are the slowest documents of the last stack phase, step by step.
 */
public record E2eReport(String command, Map<String, Object> machine, List<PhaseResult> phases,
    List<LengthRow> lengths, List<DocumentTimeline> slowest) {

  private static final double MIB = 1024.0 * 1024.0;

  public void printTable(PrintStream out) {
    out.println("# docintel end-to-end benchmark");
    out.println("# reproduce: " + command);
    out.println("# " + machine);
    out.println();
    out.printf(Locale.ROOT, "%-34s %5s %6s %8s %9s %8s %8s %8s %7s %8s %9s %9s%n", "phase", "docs", "texts",
        "docs/s", "tokens/s", "p50 ms", "p95 ms", "p99 ms", "p99/p50", "cpu s", "non-inf%", "peak MiB");
    for (PhaseResult p : phases) {
      out.printf(Locale.ROOT, "%-34s %5d %6d %8.2f %9.0f %8.0f %8.0f %8.0f %7.2f %8.1f %8.1f%% %9.0f%n", p.name(),
          p.documents(), p.texts(), p.documentsPerSecond(), p.tokensPerSecond(), p.latencyMs().p50(),
          p.latencyMs().p95(), p.latencyMs().p99(), p.latencyMs().tailRatio(), p.cpu().totalNanos() / 1e9,
          100 * p.cpu().overheadShareOfProcess(), p.peakRssBytes() / MIB);
    }
    if (phases.stream().anyMatch(p -> p.latencyMs().p99IsTheMaximum())) {
      out.println("note: with fewer than " + Percentiles.DISTINCT_P99_COUNT + " latencies, p99 is the slowest "
          + "document (nearest rank); a tail that is not one document needs --documents of a few hundred");
    }
    out.println();
    out.println("CPU time by category (share of the phase's process CPU time)");
    out.printf(Locale.ROOT, "%-56s", "category");
    phases.forEach(p -> out.printf(Locale.ROOT, " %14s", abbreviate(p.name())));
    out.println();
    for (CpuCategory category : CpuCategory.values()) {
      out.printf(Locale.ROOT, "%-56s", category.description());
      phases.forEach(p -> out.printf(Locale.ROOT, " %13.1f%%", 100 * p.cpu().share(category)));
      out.println();
    }
    out.printf(Locale.ROOT, "%-56s", "everything but inference, of the services' own CPU");
    phases.forEach(p -> out.printf(Locale.ROOT, " %13.1f%%", 100 * p.cpu().overheadShareOfServices()));
    out.println();
    out.println();
    out.println("Inference CPU by batcher (service and model), share of the phase's inference CPU");
    for (PhaseResult p : phases) {
      long inference = p.cpu().nanos(CpuCategory.INFERENCE);
      p.cpu().inferenceByThread().forEach((thread, nanos) -> out.printf(Locale.ROOT, "  %-32s %-40s %6.1f%%%n",
          abbreviate(p.name()), thread, inference == 0 ? 0 : 100.0 * nanos / inference));
    }
    out.println();
    out.println("Cost by document length (0 = the sample documents)");
    out.printf(Locale.ROOT, "%-8s %5s %8s %9s %14s %15s %15s%n", "chunks", "docs", "chunks~", "tokens~",
        "core cpu ms/doc", "stack p50 ms", "stack p99 ms");
    for (LengthRow row : lengths) {
      out.printf(Locale.ROOT, "%-8d %5d %8.1f %9.0f %14.0f %15.0f %15.0f%n", row.targetChunks(), row.documents(),
          row.meanChunks(), row.meanTokens(), row.coreCpuMs(), row.stackP50Ms(), row.stackP99Ms());
    }
    out.println();
    out.println("Slowest documents of the last stack phase: ms after posting when each service started + how long "
        + "it took (of which inference)");
    out.printf(Locale.ROOT, "%-36s %8s  %-60s %9s%n", "document", "latency", "steps", "enriched");
    for (DocumentTimeline doc : slowest) {
      StringBuilder steps = new StringBuilder();
      doc.steps().forEach(s -> steps.append(String.format(Locale.ROOT, "%s %d+%d (%d)  ", s.service(),
          s.startedAfterMs(), s.processingMs(), s.inferenceMs())));
      out.printf(Locale.ROOT, "%-36s %8.0f  %-60s %9d%n", doc.source(), doc.latencyMs(), steps.toString().trim(),
          doc.enrichedAfterMs());
    }
  }

  private static String abbreviate(String name) {
    return name.length() <= 14 ? name : name.substring(0, 14);
  }

  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", command);
    json.put("machine", machine);
    json.put("phases", phases.stream().map(E2eReport::phaseJson).toList());
    json.put("lengths", lengths);
    json.put("slowest", slowest);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the report is plain data", e);
    }
  }

  private static Map<String, Object> phaseJson(PhaseResult p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", p.name());
    json.put("documents", p.documents());
    json.put("texts", p.texts());
    json.put("tokens", p.tokens());
    json.put("seconds", p.seconds());
    json.put("documentsPerSecond", p.documentsPerSecond());
    json.put("tokensPerSecond", p.tokensPerSecond());
    json.put("latencyMs", p.latencyMs());
    Map<String, Object> cpu = new LinkedHashMap<>();
    cpu.put("totalSeconds", p.cpu().totalNanos() / 1e9);
    for (CpuCategory category : CpuCategory.values()) {
      cpu.put(category.name().toLowerCase(Locale.ROOT) + "Seconds", p.cpu().nanos(category) / 1e9);
    }
    cpu.put("inferenceSecondsByThread", p.cpu().inferenceByThread().entrySet().stream().collect(
        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / 1e9)));
    cpu.put("nonInferenceShareOfProcess", p.cpu().overheadShareOfProcess());
    cpu.put("nonInferenceShareOfServices", p.cpu().overheadShareOfServices());
    json.put("cpu", cpu);
    json.put("peakRssBytes", p.peakRssBytes());
    return json;
  }
}
