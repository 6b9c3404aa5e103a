package io.docintel.cli.eval;

import io.docintel.classifier.ClassifierApp;
import io.docintel.classifier.ClassifierSettings;
import io.docintel.classifier.feedback.LearnedPrototypes;
import io.docintel.classifier.scoring.ChunkSelection;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.scoring.Verdict;
import io.docintel.common.config.Config;
import io.docintel.extractor.DocumentExtractor;
import io.docintel.extractor.ExtractorApp;
import io.docintel.normalizer.Chunker;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.normalizer.SentenceSplitter;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.testkit.eval.ClassificationScore;
import io.docintel.testkit.eval.EntityScore;
import io.docintel.testkit.eval.LabelPrediction;
import io.docintel.testkit.eval.LabelledDocument;
import io.docintel.testkit.eval.PredictedEntity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs the services' own cores (extractor, classifier, as configured by
 * {@code DOCINTEL_*} settings) over a labelled set, in this process and without Kafka, and
 * scores their output: classification macro-F1 and accuracy, on short documents and on long
 * ones made from them, entity F1 of the deterministic types, PII recall.
 */
public final class Evaluation {

  /** The scores of one run. */
  public record Result(ClassificationScore classification, EntityScore entities, LongDocumentScore longDocuments) {}

  /**
   * Classification of long documents, chunked as the normalizer chunks them and with chunks
   * selected as the classifier service selects them: the score, how many documents the stronger
   * model decided, and the mean number of chunks per document.
   */
  public record LongDocumentScore(ClassificationScore classification, int escalated, double meanChunks) {}

  private Evaluation() {}

  private static LongDocumentScore classifyLong(List<LabelledDocument> documents, DocumentClassifier classifier,
      Chunker chunker, int chunkLimit, int doneBefore, IntConsumer progress) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<LabelPrediction> labels = new ArrayList<>();
    int escalated = 0;
    long chunks = 0;
    int done = doneBefore;
    for (LabelledDocument document : documents) {
      String text = document.text();
      List<ChunkText> all = new ArrayList<>();
      for (Chunk chunk : chunker.chunk(text, splitter.split(text, "en")).chunks()) {
        all.add(new ChunkText(text.substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd()),
            chunk.getTokenCount()));
      }
      Verdict verdict = classifier.classify(ChunkSelection.spread(all, chunkLimit), LearnedPrototypes.NONE);
      labels.add(new LabelPrediction(document.id(), document.label(), verdict.top().label()));
      escalated += verdict.escalated() ? 1 : 0;
      chunks += all.size();
      progress.accept(++done);
    }
    double meanChunks = documents.isEmpty() ? 0 : chunks / (double) documents.size();
    return new LongDocumentScore(ClassificationScore.of(labels), escalated, meanChunks);
  }

  private static NormalizedDocument asNormalized(LabelledDocument document, int tokens) {
    return NormalizedDocument.newBuilder()
        .setId(document.id()).setTenant("evaluation").setSource("evaluation").setEventTime(Instant.EPOCH)
        .setContentType("text/plain").setText(document.text()).setLanguage("en").setLanguageConfidence(1)
        .setContentSha256("").setSentences(List.of()).setChunks(List.of()).setTokenizer("minilm-l6-q")
        .setTokenCount(tokens)
        .setProvenance(Provenance.newBuilder().setService("evaluation").setServiceVersion("evaluation")
            .setStartedAt(Instant.EPOCH).setProcessingMillis(0).setChunksCovered(1).setChunksTotal(1).build())
        .build();
  }

  /**
   * Scores {@code documents} (each read whole, as one chunk, since the labelled offsets refer to
   * the text as written) and {@code longDocuments} (chunked); {@code progress} hears how many of
   * both are done.
   */
  public static Result run(List<LabelledDocument> documents, List<LabelledDocument> longDocuments,
      Map<String, String> environment, IntConsumer progress) {
    List<AutoCloseable> owned = new ArrayList<>();
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      DocumentExtractor extractor = ExtractorApp.extractor(Config.load(ExtractorApp.SETTINGS, environment), meters, owned);
      Config classifierConfig = Config.load(ClassifierApp.SETTINGS, environment);
      DocumentClassifier classifier = ClassifierApp.classifier(classifierConfig, meters, owned);
      List<LabelPrediction> labels = new ArrayList<>();
      Map<String, List<PredictedEntity>> entities = new HashMap<>();
      int done = 0;
      for (LabelledDocument document : documents) {
        // The labelled offsets refer to the text as written, so it is used as is, as one chunk.
        NormalizedDocument normalized = asNormalized(document, tokens.countTokens(document.text()));
        String predicted = classifier.classify(
            List.of(new ChunkText(normalized.getText(), normalized.getTokenCount())), LearnedPrototypes.NONE).top().label();
        labels.add(new LabelPrediction(document.id(), document.label(), predicted));
        entities.put(document.id(), extractor.extract(normalized).getEntities().stream()
            .map(e -> new PredictedEntity(e.getType(), e.getSpan().getStart(), e.getSpan().getEnd(),
                e.getNormalizedValue(), e.getPersonalData()))
            .toList());
        progress.accept(++done);
      }
      int chunkLimit = classifierConfig.get(ClassifierSettings.MAX_CHUNKS);
      LongDocumentScore longScore = classifyLong(longDocuments, classifier, new Chunker(tokens), chunkLimit,
          done, progress);
      return new Result(ClassificationScore.of(labels), EntityScore.of(documents, entities), longScore);
    } finally {
      for (int i = owned.size() - 1; i >= 0; i--) {
        try {
          owned.get(i).close();
        } catch (Exception e) {
          // Closing models after an evaluation cannot change its result.
        }
      }
    }
  }
}
