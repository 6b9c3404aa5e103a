package io.docintel.cli.bench;

import io.docintel.cli.bench.e2e.BenchCorpus;
import io.docintel.cli.bench.e2e.DocumentTimeline;
import io.docintel.cli.bench.e2e.E2eBenchmark;
import io.docintel.cli.bench.e2e.E2eReport;
import io.docintel.cli.bench.e2e.LengthRow;
import io.docintel.cli.bench.e2e.PhaseResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel bench e2e}: documents through the whole stack, against the engine alone, in one run. */
@Command(name = "e2e", mixinStandardHelpOptions = true,
    description = {"Starts the whole stack in this JVM (real Kafka broker, schema registry, every service, "
        + "exactly-once), posts a mixed-length corpus (the sample documents, then generated text of --lengths "
        + "chunks) and reports documents/s and tokens/s through to docintel.enriched.v1, latency from post to "
        + "enriched result (p50/p95/p99), CPU time by category (model inference vs everything else) and peak RSS.",
        "In the same run and on the same documents: the inference engine alone (every sentence and chunk "
            + "embedded) and the services' own work without Kafka, side by side.",
        "Inference CPU is the CPU time of the batchers' threads, which is all of it with --threads 1 "
            + "(ONNX Runtime then computes on the calling thread); with more, its native threads count as "
            + "'outside Java threads'."})
public final class E2eBenchCommand implements Callable<Integer> {

  @Option(names = "--documents", defaultValue = "24", description = "documents in the corpus (default: ${DEFAULT-VALUE})")
  int documents;

  @Option(names = "--warmup", defaultValue = "48",
      description = "documents through each phase before it is measured (at least the samples in the stack), "
          + "so that JIT compilation and first-use costs stay out of the figures (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--lengths", split = ",", defaultValue = "1,4,16,64",
      description = "chunk counts the generated documents cycle through (default: ${DEFAULT-VALUE})")
  List<Integer> lengths;

  @Option(names = "--rate", defaultValue = "half",
      description = "open-loop phase after the full-load one: documents/s, 'half' (of the measured maximum) "
          + "or 'none' (default: ${DEFAULT-VALUE})")
  String rate;

  @Option(names = "--arrivals", defaultValue = "poisson",
      description = "open-loop arrivals: poisson (independent, seeded) or uniform (evenly spaced); the documents "
          + "come in a seeded random order (default: ${DEFAULT-VALUE})")
  String arrivals;

  @Option(names = "--threads", defaultValue = "1",
      description = "ONNX Runtime intra-op threads of every model (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--partitions", defaultValue = "3",
      description = "partitions of each topic; the model services run a stream thread per partition, as in "
          + "docintel local (default: ${DEFAULT-VALUE})")
  int partitions;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the generated documents (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--timeout", defaultValue = "10m", description = "longest wait for one phase's results once its last document is due to be posted (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--set", description = "a service setting for this run, e.g. --set DOCINTEL_INFERENCE_MAX_DELAY_MS=2")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--json", description = "print the report as one JSON object instead of tables")
  boolean json;

  @Override
  public Integer call() throws Exception {
    BenchCorpus corpus = BenchCorpus.of(documents, lengths, seed);
    E2eBenchmark benchmark = new E2eBenchmark(new E2eBenchmark.Options(documents, warmup, lengths, seed, threads,
        parseRate(rate), arrivals, timeout, partitions, settings), System.err);
    List<LengthRow> byLength = new ArrayList<>();
    List<DocumentTimeline> slowest = new ArrayList<>();
    List<PhaseResult> phases = benchmark.run(corpus, byLength, slowest);
    E2eReport report = new E2eReport(reproduce(), machine(), phases, byLength, slowest);
    if (json) {
      System.out.println(report.toJson());
    } else {
      report.printTable(System.out);
    }
    return 0;
  }

  static double parseRate(String rate) {
    return switch (rate.trim().toLowerCase(Locale.ROOT)) {
      case "half" -> -1;
      case "none", "0" -> 0;
      default -> {
        double value = Double.parseDouble(rate);
        if (value <= 0) {
          throw new IllegalArgumentException("--rate must be positive, 'half' or 'none' but was " + rate);
        }
        yield value;
      }
    };
  }

  private String reproduce() {
    StringBuilder command = new StringBuilder("./docintel bench e2e --documents " + documents + " --warmup " + warmup + " --lengths "
        + String.join(",", lengths.stream().map(String::valueOf).toList()) + " --rate " + rate + " --arrivals " + arrivals + " --threads "
        + threads + (partitions == 3 ? "" : " --partitions " + partitions) + " --seed " + seed);
    settings.forEach((key, value) -> command.append(" --set ").append(key).append('=').append(value));
    return command.toString();
  }

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpus", Runtime.getRuntime().availableProcessors());
    machine.put("java", System.getProperty("java.version"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return machine;
  }
}
