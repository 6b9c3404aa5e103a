package io.docintel.extractor;

import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ServiceLauncher;
import io.docintel.common.runtime.ServiceSettings;
import io.docintel.common.runtime.ServiceVersion;
import io.docintel.common.runtime.StreamsService;
import io.docintel.common.topic.TopicNames;
import io.docintel.extractor.fields.KeyFieldExtractor;
import io.docintel.extractor.recognize.EntityRecognizer;
import io.docintel.extractor.recognize.PatternRecognizer;
import io.docintel.extractor.recognize.ProperNounRecognizer;
import io.docintel.extractor.recognize.SpanTyper;
import io.docintel.extractor.recognize.TokenModelRecognizer;
import io.docintel.extractor.redact.Redactor;
import io.docintel.inference.batch.BatcherSettings;
import io.docintel.inference.batch.InferenceMetrics;
import io.docintel.inference.batch.TokenBudgetBatcher;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.pipeline.tokens.TokenClassifier;
import io.docintel.inference.runtime.LogitsExecutors;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.ModelIdentity;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The extractor's main: config → embedding model and registry client → topology → running service. */
public final class ExtractorApp {

  public static final String SERVICE = DocumentExtractor.SERVICE;

  /** Every setting the extractor reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private ExtractorApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the extractor from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.NORMALIZED, TopicNames.EXTRACTIONS, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> ExtractorTopology.build(topics.normalized(), topics.extractions(),
            extractor(config, meters, owned), new ExtractorMetrics(meters)));
  }


  /**
   * The extractor the settings describe: the patterns, plus a token-classification model when one
   * is configured, else the embedding typer unless the model is {@code none}. What it creates (a
   * model, its batcher) is added to the front of {@code owned}, users before what they use; the
   * caller closes them. Fails before loading anything when the hash policy has no salt.
   */
  public static DocumentExtractor extractor(Config config, MeterRegistry meters, List<AutoCloseable> owned) {
    Redactor redactor = new Redactor(config.get(ExtractorSettings.REDACTION), config.get(ExtractorSettings.REDACTION_SALT));
    List<EntityRecognizer> recognizers = new ArrayList<>(List.of(new PatternRecognizer()));
    SessionSettings session = SessionSettings.fromEnv(config.environment());
    BatcherSettings batching = BatcherSettings.fromEnv(config.environment());
    String tokenModel = config.get(ExtractorSettings.TOKEN_MODEL).trim();
    String embeddingModel = config.get(ExtractorSettings.MODEL).trim();
    LoadedModel model = null;
    if (!tokenModel.isEmpty()) {
      model = load(tokenModel, session, owned);
      TokenBudgetBatcher<float[][]> batcher = new TokenBudgetBatcher<>(SERVICE, LogitsExecutors.perToken(model),
          batching, InferenceMetrics.forModel(meters, model));
      owned.add(0, batcher);
      recognizers.add(new TokenModelRecognizer(new TokenClassifier(model, batcher, TokenClassifier.DEFAULT_STRIDE),
          config.get(ExtractorSettings.TYPE_THRESHOLD)));
    } else if (!embeddingModel.equalsIgnoreCase("none")) {
      model = load(embeddingModel, session, owned);
      TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>(SERVICE, new EmbeddingExecutor(model),
          batching, InferenceMetrics.forModel(meters, model));
      owned.add(0, batcher);
      recognizers.add(new ProperNounRecognizer(new SpanTyper(new TextEmbedder(model, batcher),
          config.get(ExtractorSettings.TYPE_TEMPERATURE), config.get(ExtractorSettings.TYPE_THRESHOLD))));
    }
    ModelIdentity identity = model == null ? null
        : new ModelIdentity(model.identity().name(), model.identity().version(), model.identity().sha256());
    return new DocumentExtractor(recognizers, new KeyFieldExtractor(config.get(ExtractorSettings.KEY_FIELDS)),
        redactor, identity, ServiceVersion.of(ExtractorApp.class), Clock.systemUTC());
  }

  private static LoadedModel load(String name, SessionSettings session, List<AutoCloseable> owned) {
    LoadedModel model = ModelLoader.load(name, session);
    owned.add(0, model);
    return model;
  }

  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(ExtractorSettings.ALL);
    return List.copyOf(all);
  }
}
