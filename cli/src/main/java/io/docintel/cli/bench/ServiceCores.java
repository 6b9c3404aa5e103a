package io.docintel.cli.bench;

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
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.summarizer.DocumentSummarizer;
import io.docintel.summarizer.SummarizerApp;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each service's own work in this process, without Kafka: the normalizer, and the extractor,
 * classifier and summarizer built from {@code DOCINTEL_*} settings exactly as the services build
 * them (models, batchers and all). Owns what it built; closing releases it.
 */
public final class ServiceCores implements AutoCloseable {

  private final List<AutoCloseable> owned = new ArrayList<>();
  private final ModelTokenCounter tokens;
  private final DocumentNormalizer normalizer;
  private final DocumentExtractor extractor;
  private final DocumentClassifier classifier;
  private final DocumentSummarizer summarizer;

  public ServiceCores(Map<String, String> environment) {
    tokens = ModelTokenCounter.of("minilm-l6-q");
    owned.add(tokens);
    try {
      normalizer = new DocumentNormalizer(tokens, "bench");
      extractor = ExtractorApp.extractor(Config.load(ExtractorApp.SETTINGS, environment), meters(), owned);
      classifier = ClassifierApp.classifier(Config.load(ClassifierApp.SETTINGS, environment), meters(), owned);
      summarizer = SummarizerApp.summarizer(Config.load(SummarizerApp.SETTINGS, environment), meters(), owned);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** A registry of one service's own, as each service has: two services' meters of one model would collide. */
  private static PrometheusMeterRegistry meters() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  public NormalizedDocument normalize(Document document) {
    return normalizer.normalize(document);
  }

  public void extract(NormalizedDocument document) {
    extractor.extract(document);
  }

  public void classify(NormalizedDocument document) {
    classifier.classify(chunkTexts(document), LearnedPrototypes.NONE);
  }

  public void summarize(NormalizedDocument document) {
    summarizer.summarize(document);
  }

  /** Everything the three model services do for one normalized document. */
  public void enrich(NormalizedDocument document) {
    extract(document);
    classify(document);
    summarize(document);
  }

  static List<ChunkText> chunkTexts(NormalizedDocument document) {
    List<ChunkText> chunks = new ArrayList<>();
    for (Chunk chunk : document.getChunks()) {
      chunks.add(new ChunkText(document.getText().substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd()),
          chunk.getTokenCount()));
    }
    return chunks;
  }

  @Override
  public void close() {
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        // Closing models after a benchmark cannot change its figures.
      }
    }
    owned.clear();
  }
}
