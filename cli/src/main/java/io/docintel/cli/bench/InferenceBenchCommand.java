package io.docintel.cli.bench;

import io.docintel.inference.bench.BenchmarkOptions;
import io.docintel.inference.bench.InferenceBenchmark;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel bench inference}: the inference engine alone, batcher against plain loops. */
@Command(name = "inference", mixinStandardHelpOptions = true,
    description = {"Sentences/s and tokens/s of each shipped model at batch sizes 1, 8 and 32 and on a "
        + "mixed-length corpus, through the token-budget batcher and through a plain single-session loop "
        + "(and naive arrival-order batches of 32 on the mixed corpus), side by side in one run.",
        "Figures are the best of --repeats alternating runs; the machine's load moves them, so compare ratios."})
public final class InferenceBenchCommand implements Callable<Integer> {

  @Option(names = "--models", split = ",", defaultValue = "minilm-l6-q,bge-small-q",
      description = "shipped model names or model folders (default: ${DEFAULT-VALUE})")
  List<String> models;

  @Option(names = "--sentences", defaultValue = "96", description = "sentences in the fixed-length corpus (default: ${DEFAULT-VALUE})")
  int sentences;

  @Option(names = "--mixed", defaultValue = "256", description = "sentences in the mixed-length corpus (default: ${DEFAULT-VALUE})")
  int mixed;

  @Option(names = "--words", defaultValue = "40", description = "words per fixed-length sentence (default: ${DEFAULT-VALUE})")
  int words;

  @Option(names = "--threads", defaultValue = "2", description = "ONNX Runtime intra-op threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the synthetic corpora (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--repeats", defaultValue = "3", description = "alternating repeats; the best is reported (default: ${DEFAULT-VALUE})")
  int repeats;

  @Override
  public Integer call() {
    InferenceBenchmark.run(System.out, new BenchmarkOptions(models, sentences, mixed, words, threads, seed, repeats));
    return 0;
  }
}
