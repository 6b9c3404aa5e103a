package io.docintel.inference.bench;

import java.util.List;

/**
 * What {@link InferenceBenchmark} runs: the models (shipped names or folders), sentences per
 * fixed-length run, the size of the mixed-length corpus, words per fixed-length sentence,
 * ONNX Runtime intra-op threads, the random seed of the synthetic corpora, and how many
 * alternating repeats are run (the best of each is reported).
 */
public record BenchmarkOptions(List<String> models, int sentences, int mixedSentences, int wordsPerSentence,
    int threads, long seed, int repeats) {

  public static BenchmarkOptions defaults() {
    return new BenchmarkOptions(List.of("minilm-l6-q", "bge-small-q"), 96, 256, 40, 2, 42, 3);
  }

  /** Parses {@code --models a,b --sentences N --mixed N --words N --threads N --seed N --repeats N}. */
  public static BenchmarkOptions parse(String[] args) {
    BenchmarkOptions o = defaults();
    List<String> models = o.models();
    int sentences = o.sentences();
    int mixed = o.mixedSentences();
    int words = o.wordsPerSentence();
    int threads = o.threads();
    long seed = o.seed();
    int repeats = o.repeats();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      switch (args[i]) {
        case "--models" -> models = List.of(value.split(","));
        case "--sentences" -> sentences = Integer.parseInt(value);
        case "--mixed" -> mixed = Integer.parseInt(value);
        case "--words" -> words = Integer.parseInt(value);
        case "--threads" -> threads = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--repeats" -> repeats = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; known: --models --sentences --mixed --words --threads --seed --repeats");
      }
      i++;
    }
    return new BenchmarkOptions(models, sentences, mixed, words, threads, seed, repeats);
  }

  /** The arguments that reproduce these options. */
  public String asArguments() {
    return "--models " + String.join(",", models) + " --sentences " + sentences + " --mixed " + mixedSentences
        + " --words " + wordsPerSentence + " --threads " + threads + " --seed " + seed + " --repeats " + repeats;
  }
}
