package io.docintel.extractor.bench;

import io.docintel.common.config.Config;
import io.docintel.extractor.DocumentExtractor;
import io.docintel.extractor.ExtractorApp;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
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
 * Throughput of the extractor alone, as the service configures it (same settings, model and
 * batcher; no Kafka), over the sample corpus: normalizes every sample once, warms up, then
 * extracts from the corpus {@code repeats} times and prints documents/s and chunks/s (best and
 * median pass), the long report's latency, and the share of time spent in the model. Settings
 * come from {@code DOCINTEL_*} variables as in the service. Not a test: the numbers depend on the
 * machine.
 *
 * <p>Run it with {@code -Xss8m} (as the printed command does): ONNX Runtime crashes while creating
 * its environment on the main thread when the {@code java} command line is long, unless the stack
 * is larger.
 */
public final class ExtractorBenchmark {

  private ExtractorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repeats = 5;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeats")) {
        repeats = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("usage: ExtractorBenchmark [--repeats N]");
      }
    }
    Config config = Config.load(ExtractorApp.SETTINGS, System.getenv());
    System.out.println("# docintel extractor benchmark");
    System.out.println("# reproduce: cd services/extractor && mvn -q -o test-compile dependency:build-classpath"
        + " -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && java -Xss8m -cp"
        + " target/test-classes:target/classes:$(cat target/bench.cp) " + ExtractorBenchmark.class.getName()
        + " --repeats " + repeats);
    System.out.printf(Locale.ROOT, "# cpus=%d, java %s, settings %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), config.describe().entrySet().stream()
            .filter(e -> e.getKey().startsWith("DOCINTEL_EXTRACTOR_")).toList());

    List<AutoCloseable> owned = new ArrayList<>();
    try {
      DocumentExtractor extractor = ExtractorApp.extractor(config, new SimpleMeterRegistry(), owned);
      run(extractor, normalizedCorpus(), repeats);
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

  private static void run(DocumentExtractor extractor, List<NormalizedDocument> corpus, int repeats) {
    int chunks = corpus.stream().mapToInt(d -> Math.max(1, d.getChunks().size())).sum();
    int characters = corpus.stream().mapToInt(d -> d.getText().length()).sum();
    System.out.printf(Locale.ROOT, "# corpus: %d documents, %d chunks, %d characters%n", corpus.size(), chunks,
        characters);

    int entities = 0;
    for (NormalizedDocument document : corpus) {
      entities += extractor.extract(document).getEntities().size();
    }
    List<Double> docsPerSecond = new ArrayList<>();
    long longReportNanos = Long.MAX_VALUE;
    long processingMillis = 0;
    long inferenceMillis = 0;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      for (NormalizedDocument document : corpus) {
        long one = System.nanoTime();
        Extraction extraction = extractor.extract(document);
        if (document.getId().equals(SampleDocuments.LONG_REPORT.name())) {
          longReportNanos = Math.min(longReportNanos, System.nanoTime() - one);
        }
        processingMillis += extraction.getProvenance().getProcessingMillis();
        inferenceMillis += extraction.getProvenance().getInferenceMillis();
      }
      docsPerSecond.add(corpus.size() / ((System.nanoTime() - start) / 1e9));
    }
    Collections.sort(docsPerSecond);
    double best = docsPerSecond.get(docsPerSecond.size() - 1);
    double median = docsPerSecond.get(docsPerSecond.size() / 2);
    double chunksPerDocument = (double) chunks / corpus.size();
    System.out.printf(Locale.ROOT, "documents/s: best %.2f, median %.2f over %d passes%n", best, median, repeats);
    System.out.printf(Locale.ROOT, "chunks/s: best %.1f, median %.1f%n", best * chunksPerDocument,
        median * chunksPerDocument);
    System.out.printf(Locale.ROOT, "entities per corpus pass: %d; model share of processing time: %.0f%%%n", entities,
        processingMillis == 0 ? 0.0 : 100.0 * inferenceMillis / processingMillis);
    NormalizedDocument longReport = corpus.stream()
        .filter(d -> d.getId().equals(SampleDocuments.LONG_REPORT.name())).findFirst().orElseThrow();
    System.out.printf(Locale.ROOT, "long report (%d chunks, %d characters): %.0f ms%n", longReport.getChunks().size(),
        longReport.getText().length(), longReportNanos / 1e6);
  }

  private static Document document(SampleDocument sample) {
    return Document.newBuilder().setId(sample.name()).setSource(sample.fileName()).setEventTime(Instant.now())
        .setContent(BinaryContent.newBuilder().setData(ByteBuffer.wrap(sample.bytes()))
            .setContentType(sample.contentType()).setFileName(sample.fileName()).build())
        .build();
  }
}
