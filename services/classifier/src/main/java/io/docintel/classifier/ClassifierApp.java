package io.docintel.classifier;

import io.docintel.classifier.labels.LabelSet;
import io.docintel.classifier.labels.LabelSetFile;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.scoring.PrototypeLabeler;
import io.docintel.classifier.scoring.RoutedClassifier;
import io.docintel.classifier.scoring.SequenceModelClassifier;
import io.docintel.classifier.stream.ClassificationRecords;
import io.docintel.common.config.Config;
import io.docintel.common.config.Setting;
import io.docintel.common.runtime.ClientProperties;
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
import io.docintel.inference.pipeline.classification.SequenceClassifier;
import io.docintel.inference.pipeline.embedding.EmbeddingExecutor;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import io.docintel.inference.runtime.LogitsExecutors;
import io.docintel.inference.runtime.SessionSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The classifier's main: config → label set → models and batchers → registry client → topology →
 * running service. The returned service owns (and closes, batchers before models) all of them.
 */
public final class ClassifierApp {

  public static final String SERVICE = ClassificationRecords.SERVICE;

  /** Every setting the classifier reads. */
  public static final List<Setting<?>> SETTINGS = settings();

  private ClassifierApp() {}

  public static void main(String[] args) throws InterruptedException {
    ServiceLauncher.runUntilStopped(start(Config.load(SETTINGS, System.getenv())));
  }

  /** Builds the classifier from validated config and starts it; the result owns everything. */
  public static StreamsService start(Config config) {
    return start(config, UnaryOperator.identity());
  }

  /**
   * As {@link #start(Config)}, with the document classifier the settings describe passed through
   * {@code around} first: a wrapper that observes it, or that makes it fail for chosen inputs in
   * fault tests.
   */
  public static StreamsService start(Config config, UnaryOperator<DocumentClassifier> around) {
    LabelSet labels = LabelSetFile.load(config.get(ClassifierSettings.LABELS_FILE));
    ClassifierOptions options = new ClassifierOptions(ServiceVersion.of(ClassifierApp.class),
        config.get(ClassifierSettings.MAX_CHUNKS), config.get(ClassifierSettings.FEEDBACK_RETENTION),
        config.get(ClassifierSettings.MAX_LEARNED_EXAMPLES));
    if (config.get(ServiceSettings.CREATE_TOPICS)) {
      PrototypesTopic.ensure(ClientProperties.kafka(config), config.get(ServiceSettings.TOPIC_REPLICATION).shortValue());
    }
    return ServiceLauncher.start(SERVICE, config,
        List.of(TopicNames.NORMALIZED, TopicNames.FEEDBACK, TopicNames.CLASSIFICATIONS, TopicNames.deadLetters(SERVICE)),
        (topics, meters, owned) -> {
          List<AutoCloseable> created = new ArrayList<>();
          try {
            DocumentClassifier classifier = around.apply(classifier(config, labels,
                SessionSettings.fromEnv(config.environment()), BatcherSettings.fromEnv(config.environment()), meters,
                created));
            return ClassifierTopology.build(topics.normalized(), topics.feedback(), topics.classifications(),
                classifier, options, meters);
          } finally {
            // Created in order of use; closed the other way round, batchers before their models.
            Collections.reverse(created);
            owned.addAll(created);
          }
        });
  }


  /**
   * The document classifier the settings describe, for callers outside a topology (evaluation);
   * what it loads is added to {@code created} in creation order, and the caller closes it.
   */
  public static DocumentClassifier classifier(Config config, PrometheusMeterRegistry meters, List<AutoCloseable> created) {
    return classifier(config, LabelSetFile.load(config.get(ClassifierSettings.LABELS_FILE)),
        SessionSettings.fromEnv(config.environment()), BatcherSettings.fromEnv(config.environment()), meters, created);
  }

  private static DocumentClassifier classifier(Config config, LabelSet labels, SessionSettings session,
      BatcherSettings batching, PrometheusMeterRegistry meters, List<AutoCloseable> created) {
    String sequenceModel = config.get(ClassifierSettings.SEQUENCE_MODEL);
    if (!sequenceModel.isBlank()) {
      LoadedModel model = ModelLoader.load(sequenceModel, session);
      created.add(model);
      TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>(SERVICE + "-" + model.identity().name(),
          LogitsExecutors.perSequence(model), batching, InferenceMetrics.forModel(meters, model));
      created.add(batcher);
      return new SequenceModelClassifier(new SequenceClassifier(model, batcher), model, labels.topK(),
          labels.multiLabelThreshold(), meters);
    }
    PrototypeLabeler cheap = labeler(config.get(ClassifierSettings.MODEL), labels, session, batching, meters, created);
    String strongName = config.get(ClassifierSettings.ESCALATION_MODEL);
    PrototypeLabeler strong = strongName.isBlank() || strongName.trim().toLowerCase(Locale.ROOT).equals("none")
        ? null
        : labeler(strongName, labels, session, batching, meters, created);
    return new RoutedClassifier(cheap, strong, config.get(ClassifierSettings.ESCALATION_THRESHOLD),
        config.get(ClassifierSettings.ESCALATION_MAX_CHUNKS), meters);
  }

  private static PrototypeLabeler labeler(String modelName, LabelSet labels, SessionSettings session,
      BatcherSettings batching, PrometheusMeterRegistry meters, List<AutoCloseable> created) {
    LoadedModel model = ModelLoader.load(modelName, session);
    created.add(model);
    TokenBudgetBatcher<float[]> batcher = new TokenBudgetBatcher<>(SERVICE + "-" + model.identity().name(),
        new EmbeddingExecutor(model), batching, InferenceMetrics.forModel(meters, model));
    created.add(batcher);
    return new PrototypeLabeler(new TextEmbedder(model, batcher), labels);
  }


  private static List<Setting<?>> settings() {
    List<Setting<?>> all = new ArrayList<>(ServiceSettings.ALL);
    all.addAll(ClassifierSettings.ALL);
    return List.copyOf(all);
  }
}
