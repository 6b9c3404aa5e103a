package io.docintel.summarizer.bench;

import io.docintel.common.config.Config;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummarySentence;
import io.docintel.summarizer.DocumentSummarizer;
import io.docintel.summarizer.SummarizerApp;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the summarizer as the service configures it (same settings, model and batcher;
 * no Kafka) over the sample corpus: normalizes every sample once, warms up, then summarizes the
 * corpus {@code repeats} times and prints documents/s and sentences/s (best and median pass)
 * and the long report's latency. With {@code --show}, also prints the long report's summary.
 * Settings come from {@code DOCINTEL_*} variables as in the service. Not a test: the numbers
 * depend on the machine.
 *
 * <p>Run it with {@code -Xss8m} (as the printed command does): ONNX Runtime 1.29 crashes while
 * creating its environment on the main thread when the {@code java} command line is long (a
 * few KB of class path), unless the stack is larger or the class path comes from an argfile.
 */
public final class SummarizerBenchmark {

  private SummarizerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repeats = 5;
    boolean show = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--repeats" -> repeats = Integer.parseInt(args[++i]);
        case "--show" -> show = true;
        default -> throw new IllegalArgumentException("usage: SummarizerBenchmark [--repeats N] [--show]");
      }
    }
    Config config = Config.load(SummarizerApp.SETTINGS, System.getenv());
    System.out.println("# docintel summarizer benchmark");
    System.out.println("# reproduce: cd services/summarizer && mvn -q -o test-compile dependency:build-classpath"
        + " -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && java -Xss8m -cp"
        + " target/test-classes:target/classes:$(cat target/bench.cp) " + SummarizerBenchmark.class.getName()
        + " --repeats " + repeats);
    System.out.printf(Locale.ROOT, "# cpus=%d, java %s, settings %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), config.describe().entrySet().stream()
            .filter(e -> e.getKey().startsWith("DOCINTEL_SUMMARIZER_")).toList());

    List<AutoCloseable> owned = new ArrayList<>();
    try {
      DocumentSummarizer summarizer = SummarizerApp.summarizer(config, new SimpleMeterRegistry(), owned);
      run(summarizer, normalizedCorpus(), repeats, show);
    } finally {
      for (AutoCloseable resource : owned) {
        resource.close();
      }
    }
  }

  private static List<NormalizedDocument> normalizedCorpus() {
    List<NormalizedDocument> corpus = new ArrayList<>();
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "bench");
      for (SampleDocument sample : SampleDocuments.all()) {
        corpus.add(normalizer.normalize(document(sample)));
      }
    }
    return corpus;
  }

  private static void run(DocumentSummarizer summarizer, List<NormalizedDocument> corpus, int repeats, boolean show) {
    int sentences = corpus.stream().mapToInt(d -> d.getSentences().size()).sum();
    int chunks = corpus.stream().mapToInt(d -> d.getChunks().size()).sum();
    System.out.printf(Locale.ROOT, "# corpus: %d documents, %d sentences, %d chunks%n", corpus.size(), sentences, chunks);

    corpus.forEach(summarizer::summarize);
    List<Double> docsPerSecond = new ArrayList<>();
    long longReportNanos = Long.MAX_VALUE;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      for (NormalizedDocument document : corpus) {
        long one = System.nanoTime();
        summarizer.summarize(document);
        if (document.getId().equals(SampleDocuments.LONG_REPORT.name())) {
          longReportNanos = Math.min(longReportNanos, System.nanoTime() - one);
        }
      }
      docsPerSecond.add(corpus.size() / ((System.nanoTime() - start) / 1e9));
    }
    Collections.sort(docsPerSecond);
    double best = docsPerSecond.get(docsPerSecond.size() - 1);
    double median = docsPerSecond.get(docsPerSecond.size() / 2);
    double perSentence = (double) sentences / corpus.size();
    System.out.printf(Locale.ROOT, "documents/s: best %.2f, median %.2f over %d passes%n", best, median, repeats);
    System.out.printf(Locale.ROOT, "sentences/s: best %.1f, median %.1f%n", best * perSentence, median * perSentence);
    System.out.printf(Locale.ROOT, "long report (%d sentences, %d chunks): %.0f ms%n",
        corpus.get(corpus.size() - 1).getSentences().size(), corpus.get(corpus.size() - 1).getChunks().size(),
        longReportNanos / 1e6);
    if (show) {
      for (NormalizedDocument document : corpus) {
        Summary summary = summarizer.summarize(document);
        System.out.println("\n## " + document.getId());
        for (SummarySentence sentence : summary.getSentences()) {
          System.out.printf(Locale.ROOT, "  [%d] %.3f %s%n", sentence.getSource() == null ? -1
              : sentence.getSource().getStart(), sentence.getScore(), sentence.getText());
        }
      }
    }
  }

  private static Document document(SampleDocument sample) {
    return Document.newBuilder().setId(sample.name()).setSource(sample.fileName()).setEventTime(Instant.now())
        .setContent(BinaryContent.newBuilder().setData(ByteBuffer.wrap(sample.bytes()))
            .setContentType(sample.contentType()).setFileName(sample.fileName()).build())
        .build();
  }
}
