package io.docintel.inference.bench;

import io.docintel.inference.batch.BatchExecutor;
import io.docintel.inference.batch.BatchRunner;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.SequentialRunner;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.inference.tokenize.TokenizedText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the shipped encoders (or any feature-extraction models): for batch sizes 1, 8
 * and 32 on equal-length sentences, the {@link TokenBudgetBatcher} against a plain loop over
 * one session at the same batch size; and on a mixed-length corpus, the batcher against naive
 * batches of 32 in arrival order. Prints sentences/s, tokens/s (real tokens) and padding
 * ratios side by side, and the command that reproduces the run. Not a test: numbers depend on
 * the machine.
 */
public final class InferenceBenchmark {

  private static final int[] BATCH_SIZES = {1, 8, 32};

  private InferenceBenchmark() {
  }

  public static void main(String[] args) {
    run(System.out, BenchmarkOptions.parse(args));
  }

  public static void run(PrintStream out, BenchmarkOptions options) {
    out.println("# docintel inference benchmark");
    out.println("# reproduce: docintel bench inference " + options.asArguments());
    out.println("#        or: java -cp <docintel-inference classpath> " + InferenceBenchmark.class.getName() + " "
        + options.asArguments());
    out.printf(Locale.ROOT, "# cpus=%d, onnxruntime intra-op threads=%d, java %s%n",
        Runtime.getRuntime().availableProcessors(), options.threads(), System.getProperty("java.version"));
    for (String name : options.models()) {
      try (LoadedModel model = ModelLoader.load(name, SessionSettings.cpu(options.threads()))) {
        benchmarkModel(out, model, options);
      }
    }
  }

  private static void benchmarkModel(PrintStream out, LoadedModel model, BenchmarkOptions options) {
    out.println();
    out.println("## " + model.identity() + " on " + model.device());
    out.printf(Locale.ROOT, "%-22s %-10s %10s %10s %9s %9s%n", "corpus", "runner", "sent/s", "tokens/s",
        "padding", "vs loop");
    BatchExecutor<float[]> executor = new EmbeddingExecutor(model);
    List<TokenizedText> fixed = tokenize(model,
        SyntheticCorpus.fixed(options.seed(), options.sentences(), options.wordsPerSentence()));
    List<TokenizedText> mixed = tokenize(model,
        SyntheticCorpus.mixed(options.seed() + 1, options.mixedSentences(), 3, 200));
    // Warm-up: first runs allocate arenas and pick kernels.
    new SequentialRunner<>(executor, 8).run(fixed.subList(0, Math.min(16, fixed.size())));
    String label = "fixed " + averageLength(fixed) + " tok";
    for (int batchSize : BATCH_SIZES) {
      Result loop = null;
      Result batched = null;
      // Alternating repeats, best of each, so that other load on the machine hits both alike.
      for (int r = 0; r < options.repeats(); r++) {
        loop = best(loop, measure(new SequentialRunner<>(executor, batchSize), fixed,
            naivePadding(fixed, batchSize)));
        batched = best(batched, measureBatcher(model, executor, fixed, batchSize, batchSize * 512));
      }
      print(out, label, "loop/" + batchSize, loop, loop);
      print(out, label, "batcher/" + batchSize, batched, loop);
    }
    String mixedLabel = "mixed " + averageLength(mixed) + " tok avg";
    Result naive = null;
    Result batched = null;
    for (int r = 0; r < options.repeats(); r++) {
      naive = best(naive, measure(new SequentialRunner<>(executor, 32), mixed, naivePadding(mixed, 32)));
      batched = best(batched, measureBatcher(model, executor, mixed, 32, 32 * 64));
    }
    print(out, mixedLabel, "naive/32", naive, naive);
    print(out, mixedLabel, "batcher", batched, naive);
  }

  private static Result best(Result a, Result b) {
    return a == null || b.seconds() < a.seconds() ? b : a;
  }

  private record Result(double seconds, int sentences, long tokens, double padding) {
  }

  private static Result measure(BatchRunner<float[]> runner, List<TokenizedText> corpus, double padding) {
    long start = System.nanoTime();
    List<float[]> vectors = runner.run(corpus);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (vectors.size() != corpus.size()) {
      throw new IllegalStateException("lost results");
    }
    return new Result(seconds, corpus.size(), realTokens(corpus), padding);
  }

  private static Result measureBatcher(LoadedModel model, BatchExecutor<float[]> executor,
      List<TokenizedText> corpus, int maxBatchSize, int maxBatchTokens) {
    InferenceMetrics metrics = InferenceMetrics.discarding(model.identity().name(), model.identity().version(),
        model.device().toString());
    PaddingRecorder recorder = new PaddingRecorder(executor);
    BatcherSettings settings = new BatcherSettings(maxBatchTokens, maxBatchSize, Duration.ofMillis(2),
        Math.max(1024, corpus.size()));
    try (TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>(model.identity().name(), recorder,
        settings, metrics)) {
      Result r = measure(batcher, corpus, 0);
      return new Result(r.seconds(), r.sentences(), r.tokens(), recorder.paddingRatio());
    }
  }

  /** Wraps an executor to count padded and real positions of the batches it runs. */
  private static final class PaddingRecorder implements BatchExecutor<float[]> {
    private final BatchExecutor<float[]> delegate;
    private long padded;
    private long real;

    PaddingRecorder(BatchExecutor<float[]> delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized List<float[]> execute(List<TokenizedText> batch) {
      int longest = batch.stream().mapToInt(TokenizedText::length).max().orElse(0);
      padded += (long) longest * batch.size();
      real += batch.stream().mapToLong(TokenizedText::length).sum();
      return delegate.execute(batch);
    }

    synchronized double paddingRatio() {
      return padded == 0 ? 0 : (double) (padded - real) / padded;
    }
  }

  private static double naivePadding(List<TokenizedText> corpus, int batchSize) {
    long padded = 0;
    long real = 0;
    for (int from = 0; from < corpus.size(); from += batchSize) {
      List<TokenizedText> batch = corpus.subList(from, Math.min(corpus.size(), from + batchSize));
      int[] lengths = batch.stream().mapToInt(TokenizedText::length).toArray();
      int longest = java.util.Arrays.stream(lengths).max().orElse(0);
      padded += (long) longest * lengths.length;
      real += java.util.Arrays.stream(lengths).sum();
    }
    return padded == 0 ? 0 : (double) (padded - real) / padded;
  }

  private static void print(PrintStream out, String corpus, String runner, Result r, Result baseline) {
    double sentencesPerSecond = r.sentences() / r.seconds();
    double baselineRate = baseline.sentences() / baseline.seconds();
    out.printf(Locale.ROOT, "%-22s %-10s %10.1f %10.0f %8.1f%% %8.2fx%n", corpus, runner, sentencesPerSecond,
        r.tokens() / r.seconds(), 100 * r.padding(), sentencesPerSecond / baselineRate);
  }

  private static List<TokenizedText> tokenize(LoadedModel model, List<String> texts) {
    List<TokenizedText> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(model.tokenizer().encode(t, model.manifest().maxLength()));
    }
    return out;
  }

  private static long realTokens(List<TokenizedText> corpus) {
    return corpus.stream().mapToLong(TokenizedText::length).sum();
  }

  private static int averageLength(List<TokenizedText> corpus) {
    return (int) Math.round((double) realTokens(corpus) / Math.max(1, corpus.size()));
  }
}
