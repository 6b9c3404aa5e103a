package io.docintel.cli.bench;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.classifier.ClassifierApp;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.common.config.Config;
import io.docintel.extractor.DocumentExtractor;
import io.docintel.extractor.ExtractorApp;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.summarizer.DocumentSummarizer;
import io.docintel.summarizer.SummarizerApp;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docintel bench services}: each service's own work on the sample corpus, without Kafka. */
@Command(name = "services", mixinStandardHelpOptions = true,
    description = {"Documents/s of each service's core (normalizer, extractor, classifier, summarizer) on the "
        + "sample documents, in this process and without Kafka, configured by DOCINTEL_* settings as the "
        + "services are. One warm-up round, then --rounds timed rounds; the best round is reported."})
public final class ServicesBenchCommand implements Callable<Integer> {

  @Option(names = "--rounds", defaultValue = "3", description = "timed rounds over the corpus (default: ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() {
    List<AutoCloseable> owned = new ArrayList<>();
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "bench");
      List<SampleDocument> samples = SampleDocuments.all();
      List<NormalizedDocument> corpus = samples.stream().map(sample -> normalizer.normalize(
          DocumentFiles.toDocument("bench", sample.fileName(), sample.bytes(), Instant.EPOCH))).toList();
      int chunks = corpus.stream().mapToInt(d -> d.getChunks().size()).sum();
      System.out.printf("corpus: %d sample documents, %d chunks, %,d tokens; %d rounds after one warm-up%n",
          corpus.size(), chunks, corpus.stream().mapToInt(NormalizedDocument::getTokenCount).sum(), rounds);
      System.out.printf("%-12s %10s %12s%n", "service", "docs/s", "ms/doc");
      report("normalizer", samples.size(), () -> samples.forEach(sample -> normalizer.normalize(
          DocumentFiles.toDocument("bench", sample.fileName(), sample.bytes(), Instant.EPOCH))));
      DocumentExtractor extractor = ExtractorApp.extractor(Config.load(ExtractorApp.SETTINGS, System.getenv()), meters, owned);
      report("extractor", corpus.size(), () -> corpus.forEach(extractor::extract));
      DocumentClassifier classifier =
          ClassifierApp.classifier(Config.load(ClassifierApp.SETTINGS, System.getenv()), meters, owned);
      report("classifier", corpus.size(), () -> corpus.forEach(document ->
          classifier.classify(chunkTexts(document), LearnedPrototypes.NONE)));
      DocumentSummarizer summarizer =
          SummarizerApp.summarizer(Config.load(SummarizerApp.SETTINGS, System.getenv()), meters, owned);
      report("summarizer", corpus.size(), () -> corpus.forEach(summarizer::summarize));
      System.out.println("reproduce with: ./docintel bench services --rounds " + rounds);
      return 0;
    } finally {
      owned.forEach(ServicesBenchCommand::closeQuietly);
    }
  }

  private void report(String service, int documents, Runnable round) {
    round.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      round.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf("%-12s %10.2f %12.1f%n", service, documents / (best / 1e9), best / 1e6 / documents);
  }

  private static List<ChunkText> chunkTexts(NormalizedDocument document) {
    List<ChunkText> chunks = new ArrayList<>();
    for (Chunk chunk : document.getChunks()) {
      chunks.add(new ChunkText(document.getText().substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd()),
          chunk.getTokenCount()));
    }
    return chunks;
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // Closing models after a benchmark cannot change its figures.
    }
  }
}
