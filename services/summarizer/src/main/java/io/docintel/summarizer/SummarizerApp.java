package io.docintel.summarizer;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.ServiceVersion;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.pipeline.seq2seq.GenerationSettings;
import io.docintel.inference.pipeline.seq2seq.Seq2SeqGenerator;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.summarizer.abstractive.AbstractiveSummarizer;
import io.docintel.summarizer.extractive.ExtractiveSummarizer;
import io.docintel.summarizer.extractive.SentenceFilter;
import io.docintel.summarizer.extractive.SentenceVectors;
import io.docintel.summarizer.rank.MmrSelector;
import io.docintel.summarizer.rank.PositionPrior;
import io.docintel.summarizer.rank.SentenceRanker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The summarizer's main: config → model (embedding, or seq2seq when configured), batcher and
 * registry client → topology → running service.
 */
public final class SummarizerApp {

  public static final String SERVICE = DocumentSummarizer.SERVICE;

  /** Every setting the summarizer reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private SummarizerApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the summarizer from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.NORMALIZED, TopicNames.SUMMARIES, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> SummarizerTopology.build(topics.normalized(), topics.summaries(),
            summarizer(config, meters, owned)));
  }


  /**
   * The summarizer the settings describe, its inference meters in {@code meters}. What it
   * creates (models, the batcher) is added to the front of {@code owned}, so that closing
   * {@code owned} in order closes users before what they use; the caller closes them.
   */
  public static DocumentSummarizer summarizer(Config config, MeterRegistry meters, List<AutoCloseable> owned) {
    SessionSettings session = SessionSettings.fromEnv(config.environment());
    int maxChunks = config.get(SummarizerSettings.MAX_CHUNKS);
    String abstractiveModel = config.get(SummarizerSettings.ABSTRACTIVE_MODEL);
    if (!abstractiveModel.isBlank()) {
      LoadedModel model = ModelLoader.load(abstractiveModel, session);
      owned.add(0, model);
      GenerationSettings generation = GenerationSettings.beam(
          config.get(SummarizerSettings.ABSTRACTIVE_MAX_TOKENS), config.get(SummarizerSettings.ABSTRACTIVE_BEAMS))
          .withNoRepeatNgramSize(3);
      return DocumentSummarizer.abstractive(
          new AbstractiveSummarizer(new Seq2SeqGenerator(model), generation, maxChunks),
          model.identity(), ServiceVersion.of(SummarizerApp.class), Clock.systemUTC());
    }
    LoadedModel model = ModelLoader.load(config.get(SummarizerSettings.MODEL), session);
    owned.add(0, model);
    TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>(SERVICE, new EmbeddingExecutor(model),
        BatcherSettings.fromEnv(config.environment()), InferenceMetrics.forModel(meters, model));
    owned.add(0, batcher);
    return DocumentSummarizer.extractive(
        extractive(config, SentenceVectors.of(new TextEmbedder(model, batcher))),
        model.identity(), ServiceVersion.of(SummarizerApp.class), Clock.systemUTC());
  }

  /** The extractive summarizer the settings describe, over any sentence vectors. */
  public static ExtractiveSummarizer extractive(Config config, SentenceVectors vectors) {
    return new ExtractiveSummarizer(vectors,
        new SentenceRanker(new PositionPrior(config.get(SummarizerSettings.POSITION_WEIGHT)),
            new MmrSelector(config.get(SummarizerSettings.MMR_LAMBDA))),
        new SentenceFilter(config.get(SummarizerSettings.MIN_SENTENCE_CHARS),
            config.get(SummarizerSettings.MAX_SENTENCE_CHARS)),
        config.get(SummarizerSettings.LENGTH),
        config.get(SummarizerSettings.CHUNK_SENTENCES),
        config.get(SummarizerSettings.MAX_CHUNKS));
  }



  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(SummarizerSettings.ALL);
    return List.copyOf(all);
  }
}
