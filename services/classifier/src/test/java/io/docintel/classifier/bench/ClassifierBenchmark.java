package io.docintel.classifier.bench;

import io.docintel.classifier.SampleCorpus;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.labels.LabelSet;
import io.docintel.classifier.labels.LabelSetFile;
import io.docintel.classifier.scoring.ChunkSelection;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.scoring.PrototypeLabeler;
import io.docintel.classifier.scoring.RoutedClassifier;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.NormalizedDocument;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Classification throughput over the sample corpus (six documents, one of them ~23 chunks), the
 * way the service runs it (shipped models behind a {@code TokenBudgetBatcher}, one calling
 * thread, at most 32 chunks a document): the cheap model alone, the strong model alone, and the
 * routed classifier (cheap first, strong below 0.6). Prints documents/s, chunks/s, the
 * escalation count and the command that reproduces the run. Not a test: numbers depend on the
 * machine. Arguments: rounds over the corpus (default 5), intra-op threads (default 1).
 */
public final class ClassifierBenchmark {

  private static final String COMMAND = "mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -pl services/classifier "
      + "-Dexec.classpathScope=test -Dexec.mainClass=io.docintel.classifier.bench.ClassifierBenchmark "
      + "-Dexec.args=\"<rounds> <intra-op threads>\"";

  private ClassifierBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    run(System.out, rounds, threads);
  }

  static void run(PrintStream out, int rounds, int threads) throws Exception {
    List<List<ChunkText>> corpus = new ArrayList<>();
    int chunks = 0;
    for (SampleCorpus.Normalized sample : SampleCorpus.normalizeAll()) {
      List<ChunkText> selected = chunksOf(sample.document(), 32);
      corpus.add(selected);
      chunks += selected.size();
    }
    LabelSet labels = LabelSetFile.builtIn();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    SessionSettings session = SessionSettings.cpu(threads);
    try (LoadedModel cheapModel = ModelLoader.load("minilm-l6-q", session);
        LoadedModel strongModel = ModelLoader.load("bge-small-q", session);
        TokenBudgetBatcher<float[]> cheapBatcher = batcher(cheapModel, meters);
        TokenBudgetBatcher<float[]> strongBatcher = batcher(strongModel, meters)) {
      PrototypeLabeler cheap = new PrototypeLabeler(new TextEmbedder(cheapModel, cheapBatcher), labels);
      PrototypeLabeler strong = new PrototypeLabeler(new TextEmbedder(strongModel, strongBatcher), labels);
      out.println("# docintel classifier benchmark");
      out.printf("corpus: %d documents, %d chunks scored per round; %d rounds; intra-op threads %d; %d cores%n",
          corpus.size(), chunks, rounds, threads, Runtime.getRuntime().availableProcessors());
      out.println("| classifier | documents/s | chunks/s | escalations per round |");
      out.println("|---|---|---|---|");
      report(out, "minilm-l6-q only", new RoutedClassifier(cheap, null, 0.6, meters), corpus, chunks, rounds);
      report(out, "bge-small-q only", new RoutedClassifier(strong, null, 0.6, meters), corpus, chunks, rounds);
      report(out, "routed (threshold 0.6)", new RoutedClassifier(cheap, strong, 0.6, meters), corpus, chunks, rounds);
      out.println("rerun: " + COMMAND);
    }
  }

  private static void report(PrintStream out, String name, DocumentClassifier classifier, List<List<ChunkText>> corpus,
      int chunks, int rounds) {
    for (List<ChunkText> document : corpus) {
      classifier.classify(document, LearnedPrototypes.NONE);
    }
    int escalations = 0;
    long started = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (List<ChunkText> document : corpus) {
        escalations += classifier.classify(document, LearnedPrototypes.NONE).escalated() ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf("| %s | %.1f | %.1f | %.1f |%n", name, corpus.size() * rounds / seconds, chunks * rounds / seconds,
        escalations / (double) rounds);
  }

  private static TokenBudgetBatcher<float[]> batcher(LoadedModel model, SimpleMeterRegistry meters) {
    return new TokenBudgetBatcher<>("bench-" + model.identity().name(), new EmbeddingExecutor(model),
        BatcherSettings.defaults(), InferenceMetrics.forModel(meters, model));
  }

  /** The chunks the service scores: the document's chunk texts, spread evenly up to {@code max}. */
  private static List<ChunkText> chunksOf(NormalizedDocument document, int max) {
    List<ChunkText> all = new ArrayList<>();
    for (Chunk chunk : document.getChunks()) {
      all.add(new ChunkText(document.getText().substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd()),
          chunk.getTokenCount()));
    }
    List<ChunkText> selected = new ArrayList<>();
    ChunkSelection.evenlySpaced(all.size(), max).forEach(i -> selected.add(all.get(i)));
    return selected;
  }
}
