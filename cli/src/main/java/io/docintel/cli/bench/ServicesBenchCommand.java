package io.docintel.cli.bench;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.time.Instant;
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
    try (ServiceCores cores = new ServiceCores(System.getenv())) {
      List<SampleDocument> samples = SampleDocuments.all();
      List<NormalizedDocument> corpus = samples.stream().map(sample -> cores.normalize(
          DocumentFiles.toDocument("bench", sample.fileName(), sample.bytes(), Instant.EPOCH))).toList();
      int chunks = corpus.stream().mapToInt(d -> d.getChunks().size()).sum();
      System.out.printf("corpus: %d sample documents, %d chunks, %,d tokens; %d rounds after one warm-up%n",
          corpus.size(), chunks, corpus.stream().mapToInt(NormalizedDocument::getTokenCount).sum(), rounds);
      System.out.printf("%-12s %10s %12s%n", "service", "docs/s", "ms/doc");
      report("normalizer", samples.size(), () -> samples.forEach(sample -> cores.normalize(
          DocumentFiles.toDocument("bench", sample.fileName(), sample.bytes(), Instant.EPOCH))));
      report("extractor", corpus.size(), () -> corpus.forEach(cores::extract));
      report("classifier", corpus.size(), () -> corpus.forEach(cores::classify));
      report("summarizer", corpus.size(), () -> corpus.forEach(cores::summarize));
      System.out.println("reproduce with: ./docintel bench services --rounds " + rounds);
      return 0;
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
}
