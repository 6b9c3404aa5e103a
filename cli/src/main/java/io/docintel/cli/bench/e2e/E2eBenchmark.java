package io.docintel.cli.bench.e2e;

import io.docintel.cli.bench.ServiceCores;
import io.docintel.cli.bench.e2e.BenchCorpus.BenchFile;
import io.docintel.cli.bench.measure.CpuSnapshot;
import io.docintel.cli.bench.measure.CpuSplit;
import io.docintel.cli.bench.measure.PeakRss;
import io.docintel.cli.bench.measure.Percentiles;
import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the phases of {@code docintel bench e2e} in one process, one after the other: the
 * inference engine alone on the texts the services embed (every sentence and chunk), the services'
 * own work without Kafka, then the whole stack (real broker, registry, every service,
 * exactly-once) at full load and, when asked, at a fixed open-loop rate.
 */
public final class E2eBenchmark {

  /**
   * What to run: corpus, warm-up documents, ONNX Runtime intra-op threads, open-loop rate (0 none, -1
   * half of the max), partitions of each topic of the stack.
   */
  public record Options(int documents, int warmup, List<Integer> lengths, long seed, int threads, double rate,
      String arrivals, Duration timeout, int partitions, Map<String, String> settings) {}

  private final Options options;
  private final PrintStream progress;
  private final Map<String, String> environment;

  public E2eBenchmark(Options options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
    this.environment = new HashMap<>(System.getenv());
    environment.put(SessionSettings.INTRA_OP_THREADS, String.valueOf(options.threads()));
    environment.putAll(options.settings());
  }

  /** How many of the slowest documents {@link #run} describes step by step. */
  public static final int SLOWEST = 5;

  /**
   * Runs every phase and returns their figures; adds the cost by length to {@code lengths} and the
   * {@value #SLOWEST} slowest documents of the last stack phase, step by step, to {@code slowest}.
   */
  public List<PhaseResult> run(BenchCorpus corpus, List<LengthRow> lengths, List<DocumentTimeline> slowest)
      throws TimeoutException {
    List<PhaseResult> phases = new ArrayList<>();
    progress.println("normalizing the corpus…");
    List<NormalizedDocument> normalized;
    double[] coreCpuMs = new double[corpus.size()];
    try (ServiceCores cores = new ServiceCores(environment)) {
      normalized = corpus.files().stream().map(f -> cores.normalize(f.toDocument("bench-core"))).toList();
      phases.add(engineAlone(normalized));
      progress.println("phase: the services' own work without Kafka…");
      normalized.stream().limit(Math.max(2, options.warmup())).forEach(cores::enrich);
      phases.add(measure("service cores, no Kafka", corpus.size(), 0, tokens(normalized), () -> {
        for (int i = 0; i < corpus.size(); i++) {
          long cpu = CpuSnapshot.processCpuNanos();
          cores.enrich(cores.normalize(corpus.files().get(i).toDocument("bench-core")));
          coreCpuMs[i] = (CpuSnapshot.processCpuNanos() - cpu) / 1e6;
        }
        return Percentiles.NONE;
      }));
    }
    StackLoad.Outcome stack = stack(corpus, normalized, phases);
    lengths.addAll(LengthTable.rows(corpus, normalized, coreCpuMs, stack.latencyMs()));
    slowest.addAll(DocumentTimeline.slowest(java.util.Arrays.asList(stack.timelines()), SLOWEST));
    return phases;
  }

  private PhaseResult engineAlone(List<NormalizedDocument> normalized) {
    progress.println("phase: the inference engine alone on every sentence and chunk…");
    SessionSettings session = SessionSettings.fromEnv(environment);
    try (LoadedModel model = ModelLoader.load("minilm-l6-q", session);
        TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>("engine", new EmbeddingExecutor(model),
            BatcherSettings.fromEnv(environment), InferenceMetrics.forModel(
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), model))) {
      TextEmbedder embedder = new TextEmbedder(model, batcher);
      List<List<String>> texts = normalized.stream().map(E2eBenchmark::sentencesAndChunks).toList();
      texts.stream().limit(Math.max(2, options.warmup())).forEach(embedder::embedAll);
      int count = texts.stream().mapToInt(List::size).sum();
      long[] tokens = {0};
      PhaseResult result = measure("inference engine alone", normalized.size(), count, 0, () -> {
        texts.forEach(t -> embedder.embedAll(t).forEach(e -> tokens[0] += e.tokens()));
        return Percentiles.NONE;
      });
      return new PhaseResult(result.name(), result.documents(), result.texts(), tokens[0], result.seconds(),
          result.latencyMs(), result.cpu(), result.peakRssBytes());
    }
  }

  private StackLoad.Outcome stack(BenchCorpus corpus, List<NormalizedDocument> normalized, List<PhaseResult> phases)
      throws TimeoutException {
    progress.println("starting the stack (broker, registry, every service; exactly-once)…");
    LocalStackOptions stackOptions = LocalStackOptions.freePorts().withPartitions(options.partitions());
    environment.forEach((key, value) -> {
      if (key.startsWith("DOCINTEL_")) {
        stackOptions.with(key, value);
      }
    });
    try (LocalStack stack = LocalStack.start(stackOptions, progress);
        RegistryValueSerdes serdes = new RegistryValueSerdes(Map.of("schema.registry.url", stack.registryUrl()))) {
      Topics topics = new Topics(serdes);
      StackLoad load = StackLoad.of(stack.bootstrapServers(), topics);
      BenchCorpus warmup = BenchCorpus.of(Math.max(corpus.ofLength(0).size(), options.warmup()), options.lengths(),
          options.seed() + 1);
      progress.println("warming the stack up on " + warmup.size() + " documents (samples, then generated ones)…");
      load.run(warmup.files(), "bench-warmup", Arrivals.ALL_AT_ONCE, options.timeout());
      long tokens = tokens(normalized);
      StackLoad.Outcome[] max = new StackLoad.Outcome[1];
      progress.println("phase: the stack at full load (closed loop)…");
      phases.add(measure("stack, full load (closed loop)", corpus.size(), 0, tokens, () -> {
        max[0] = runUnchecked(load, corpus.files(), "bench-max", Arrivals.ALL_AT_ONCE);
        return Percentiles.of(max[0].latencyMs());
      }, () -> max[0].seconds()));
      StackLoad.Outcome[] open = new StackLoad.Outcome[1];
      double rate = options.rate() < 0 ? corpus.size() / max[0].seconds() / 2 : options.rate();
      if (rate > 0) {
        Arrivals arrivals = Arrivals.of(options.arrivals(), rate, options.seed());
        // In a seeded random order: the corpus cycles through its lengths, which would put every
        // short document right behind a long one.
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, corpus.size()).boxed().toList());
        java.util.Collections.shuffle(order, new java.util.Random(options.seed()));
        progress.printf("phase: the stack at %.2f documents/s (open loop, %s arrivals)…%n", rate, arrivals.kind());
        phases.add(measure(String.format(java.util.Locale.ROOT, "stack, %.2f docs/s (open loop)", rate),
            corpus.size(), 0, tokens, () -> {
              StackLoad.Outcome shuffled = runUnchecked(load, order.stream().map(corpus.files()::get).toList(),
                  "bench-rate", arrivals);
              double[] latency = new double[corpus.size()];
              DocumentTimeline[] timelines = new DocumentTimeline[corpus.size()];
              for (int i = 0; i < order.size(); i++) {
                latency[order.get(i)] = shuffled.latencyMs()[i];
                timelines[order.get(i)] = shuffled.timelines()[i];
              }
              open[0] = new StackLoad.Outcome(latency, timelines, shuffled.seconds());
              return Percentiles.of(latency);
            }, () -> open[0].seconds()));
      }
      return open[0] != null ? open[0] : max[0];
    }
  }

  private StackLoad.Outcome runUnchecked(StackLoad load, List<BenchFile> files, String tenant, Arrivals arrivals) {
    try {
      return load.run(files, tenant, arrivals, options.timeout());
    } catch (TimeoutException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private PhaseResult measure(String name, int documents, int texts, long tokens, Supplier<Percentiles> work) {
    return measure(name, documents, texts, tokens, work, null);
  }

  /** Runs one phase between CPU snapshots and peak-RSS resets; the wall time is the work's own when given. */
  private PhaseResult measure(String name, int documents, int texts, long tokens, Supplier<Percentiles> work,
      Supplier<Double> ownSeconds) {
    System.gc();
    PeakRss.reset();
    CpuSnapshot before = CpuSnapshot.take();
    long start = System.nanoTime();
    Percentiles latency = work.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuSplit cpu = CpuSplit.between(before, CpuSnapshot.take());
    return new PhaseResult(name, documents, texts, tokens, ownSeconds == null ? seconds : ownSeconds.get(), latency,
        cpu, PeakRss.peakBytes());
  }

  private static long tokens(List<NormalizedDocument> normalized) {
    return normalized.stream().mapToLong(NormalizedDocument::getTokenCount).sum();
  }

  private static List<String> sentencesAndChunks(NormalizedDocument document) {
    List<String> texts = new ArrayList<>();
    for (Span sentence : document.getSentences()) {
      texts.add(document.getText().substring(sentence.getStart(), sentence.getEnd()));
    }
    document.getChunks().forEach(chunk ->
        texts.add(document.getText().substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd())));
    return texts;
  }
}
