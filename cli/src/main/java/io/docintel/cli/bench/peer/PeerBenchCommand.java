package io.docintel.cli.bench.peer;

import com.fasterxml.jackson.databind.JsonNode;
import io.docintel.cli.bench.e2e.BenchCorpus;
import io.docintel.inference.batch.BatchRunner;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.SequentialRunner;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.model.ShippedModel;
import io.docintel.inference.pipeline.embedding.Embedding;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.pipeline.embedding.Vectors;
import io.docintel.inference.runtime.SessionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel bench peer}: docintel's inference engine against transformers.js on the same model and texts. */
@Command(name = "peer", mixinStandardHelpOptions = true,
    description = {"Embeds the same texts (sentences and chunks of the end-to-end benchmark's mixed-length "
        + "corpus) with the same model file (all-MiniLM-L6-v2 int8 from the shipped jar) and the same thread "
        + "count, first with docintel's engine (token-budget batcher, and plain batches of 32 in order), then "
        + "with transformers.js in Node.js (bench/peer, run as a child process, offline), and prints both, "
        + "the ratio, and a check that both give the same embeddings (cosine >= 0.99).",
        "Needs Node.js 18+ and npm; the peer's locked dependencies are installed on first use (npm ci)."})
public final class PeerBenchCommand implements Callable<Integer> {

  private static final List<String> CHECK_SENTENCES = List.of(
      "The invoice INV-2024-0042 is due on 12 March 2024.",
      "Please call Maria Keller about the delayed shipment to Lisbon.",
      "Quarterly revenue grew by 12 percent while operating costs fell.",
      "The parties agree that this contract may be terminated with thirty days notice.",
      "hello world");

  @Option(names = "--texts", defaultValue = "512", description = "texts to embed (default: ${DEFAULT-VALUE})")
  int texts;

  @Option(names = "--threads", defaultValue = "2", description = "intra-op threads of both engines (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--repeats", defaultValue = "3", description = "timed repeats; the best is reported (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the corpus (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--peer-dir", description = "the transformers.js peer (default: bench/peer beside cli/target/docintel.jar, "
      + "else ./bench/peer)")
  Path peerDir;

  @Override
  public Integer call() throws Exception {
    ShippedModel shipped = ShippedModel.MINILM_L6_Q;
    List<String> corpus = PeerTexts.of(BenchCorpus.of(24, List.of(1, 4, 16), seed), texts, seed);
    NodePeer peer = new NodePeer(peerDir == null ? defaultPeerDir() : peerDir, System.err);
    System.out.println("# docintel engine vs transformers.js, same model file, same texts, same threads");
    System.out.printf(Locale.ROOT, "# reproduce: ./docintel bench peer --texts %d --threads %d --repeats %d --seed %d%n",
        texts, threads, repeats, seed);
    List<Run> runs = new ArrayList<>();
    List<float[]> javaCheck = new ArrayList<>();
    long tokens;
    try (LoadedModel model = ModelLoader.load(shipped.modelName(), SessionSettings.cpu(threads));
        TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>("peer-bench", new EmbeddingExecutor(model),
            BatcherSettings.defaults(), InferenceMetrics.forModel(
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), model))) {
      TextEmbedder batched = new TextEmbedder(model, batcher);
      TextEmbedder inOrder = new TextEmbedder(model, new SequentialRunner<>(new EmbeddingExecutor(model), 32));
      System.err.println("docintel engine: warming up…");
      batched.embedAll(corpus.subList(0, Math.min(64, corpus.size())));
      tokens = batched.embedAll(corpus).stream().mapToLong(Embedding::tokens).sum();
      runs.add(measure("docintel, token-budget batcher", batched, corpus, tokens));
      runs.add(measure("docintel, batches of 32 in order", inOrder, corpus, tokens));
      inOrder.embedAll(CHECK_SENTENCES).forEach(e -> javaCheck.add(e.vector()));
    }
    System.err.println("transformers.js: running the peer…");
    Path modelsDir = Files.createTempDirectory("docintel-peer-models-");
    try {
      PeerModelFolder.write(modelsDir, shipped);
      JsonNode result = peer.run(modelsDir, shipped.modelName(), corpus, CHECK_SENTENCES, threads, repeats);
      for (JsonNode run : result.get("runs")) {
        runs.add(new Run(result.get("peer").asText() + ", " + run.get("mode").asText(), run.get("sentences").asInt(),
            run.get("tokens").asLong(), run.get("seconds").asDouble()));
      }
      print(runs, result, tokens);
      return printCheck(javaCheck, result.get("check")) ? 0 : 1;
    } finally {
      deleteQuietly(modelsDir);
    }
  }

  /** One engine's best run over the corpus. */
  record Run(String engine, int sentences, long tokens, double seconds) {
    double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  private Run measure(String name, TextEmbedder embedder, List<String> corpus, long tokens) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      embedder.embedAll(corpus);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return new Run(name, corpus.size(), tokens, best);
  }

  private static void print(List<Run> runs, JsonNode peer, long javaTokens) {
    System.out.printf(Locale.ROOT, "# node %s, %d threads; %d texts, %,d tokens (docintel) / %,d tokens (peer)%n",
        peer.get("node").asText(), peer.get("threads").asInt(), runs.get(0).sentences(), javaTokens,
        runs.get(runs.size() - 1).tokens());
    Run bestPeer = runs.stream().filter(r -> !r.engine().startsWith("docintel"))
        .max(java.util.Comparator.comparingDouble(Run::sentencesPerSecond)).orElseThrow();
    System.out.printf(Locale.ROOT, "%-58s %10s %10s %16s%n", "engine", "sent/s", "tokens/s", "vs best peer");
    for (Run run : runs) {
      System.out.printf(Locale.ROOT, "%-58s %10.1f %10.0f %15.2fx%n", run.engine(), run.sentencesPerSecond(),
          run.tokens() / run.seconds(), run.sentencesPerSecond() / bestPeer.sentencesPerSecond());
    }
  }

  private static boolean printCheck(List<float[]> java, JsonNode peer) {
    double worst = 1;
    for (int i = 0; i < java.size(); i++) {
      float[] other = new float[peer.get(i).size()];
      for (int d = 0; d < other.length; d++) {
        other[d] = (float) peer.get(i).get(d).asDouble();
      }
      worst = Math.min(worst, Vectors.cosine(java.get(i), other));
    }
    boolean same = worst >= 0.99;
    System.out.printf(Locale.ROOT, "same embeddings: lowest cosine over %d check sentences = %.5f (%s)%n",
        java.size(), worst, same ? "like for like" : "DIFFERENT: the comparison is not like for like");
    return same;
  }

  private static Path defaultPeerDir() {
    try {
      Path jar = Path.of(PeerBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.getParent().getParent().getParent().resolve("bench/peer");
      if (Files.isDirectory(beside)) {
        return beside;
      }
    } catch (Exception e) {
      // Not run from the built jar: fall back to the working directory.
    }
    return Path.of("bench/peer");
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (Exception e) {
      // A temporary folder left behind is harmless.
    }
  }
}
