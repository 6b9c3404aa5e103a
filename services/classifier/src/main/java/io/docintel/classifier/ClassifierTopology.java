package io.docintel.classifier;

import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.stream.ClassifierStores;
import io.docintel.classifier.stream.ClassifierProcessors;
import io.docintel.common.pin.ModelPinGuard;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code docintel.documents.normalized.v1} → {@code docintel.classifications.v1}, learning from
 * {@code docintel.feedback.v1}:
 *
 * <ol>
 *   <li><b>classify</b> (one task per partition): each document's chunks are scored, the result
 *       written under the same key, and the embeddings of the models that ran kept in the
 *       {@value ClassifierStores#DOCUMENT_EMBEDDINGS} window store for the feedback retention.</li>
 *   <li><b>feedback</b> (same tasks: feedback is keyed by document id, so both topics must have
 *       the same partition count): a label correction looks the document's embeddings up and
 *       emits one prototype update per model to a single-partition repartition topic
 *       ({@code <application.id>-}{@value #UPDATES}{@code -repartition}).</li>
 *   <li><b>learn</b> (one task): folds updates into the changelogged
 *       {@value ClassifierStores#LEARNING} store, bumping the model's prototype version, and
 *       writes what changed to {@value ClassifierStores#PROTOTYPES_TOPIC}.</li>
 *   <li>that topic feeds the global {@value ClassifierStores#PROTOTYPES} store, so every task on
 *       every instance classifies with the same learned prototypes and reports their version.</li>
 * </ol>
 *
 * A record that cannot be processed throws and becomes a dead letter on
 * {@code docintel.classifier.dlq.v1}: a document without text, a correction naming an unknown
 * label, or one about a document whose embeddings are not (or no longer) kept.
 *
 * <p>Limits: a correction teaches only the models that classified the document (the cheap one,
 * plus the strong one if it was escalated); the learning task is one task, which is fine for
 * human-rate feedback but is not meant for bulk relabelling.
 */
public final class ClassifierTopology {

  /** Processor names; they appear in dead letters' stage. */
  public static final String CLASSIFY = "classify";
  /** Name of the processor that refuses documents pinned to a model version not running here. */
  public static final String PIN = "model-pin";
  public static final String FEEDBACK = "feedback";
  public static final String LEARN = "learn";
  /** Name of the internal single-partition repartition topic of prototype updates. */
  public static final String UPDATES = "prototype-updates";

  private ClassifierTopology() {}

  public static Topology build(Topic<String, NormalizedDocument> normalized, Topic<String, Feedback> feedback,
      Topic<String, Classification> classifications, DocumentClassifier classifier, ClassifierOptions options,
      MeterRegistry meters) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(ClassifierStores.DOCUMENT_EMBEDDINGS, options.feedbackRetention(),
            Duration.ofMillis(1), false),
        Serdes.String(), Serdes.ByteArray()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ClassifierStores.LEARNING), Serdes.String(), Serdes.ByteArray()));
    // Global stores are restored straight from their topic, which is already their changelog.
    builder.addGlobalStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(ClassifierStores.PROTOTYPES), Serdes.String(), Serdes.ByteArray())
            .withLoggingDisabled(),
        ClassifierStores.PROTOTYPES_TOPIC,
        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-" + ClassifierStores.PROTOTYPES_TOPIC),
        ClassifierProcessors.prototypeStoreUpdater());

    List<ModelIdentity> models = classifier.models().stream()
        .map(m -> new ModelIdentity(m.name(), m.version(), m.sha256())).toList();
    builder.stream(normalized.name(), normalized.consumed())
        .processValues(ModelPinGuard.<NormalizedDocument>of(models), Named.as(PIN))
        .process(ClassifierProcessors.classify(classifier, options, Clock.systemUTC()), Named.as(CLASSIFY),
            ClassifierStores.DOCUMENT_EMBEDDINGS)
        .to(classifications.name(), classifications.produced());

    builder.stream(feedback.name(), feedback.consumed())
        .process(ClassifierProcessors.feedback(classifier, meters), Named.as(FEEDBACK),
            ClassifierStores.DOCUMENT_EMBEDDINGS)
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(UPDATES)
            .withNumberOfPartitions(1))
        .process(ClassifierProcessors.learn(options.maxLearnedExamples(), meters), Named.as(LEARN),
            ClassifierStores.LEARNING)
        .to(ClassifierStores.PROTOTYPES_TOPIC, Produced.with(Serdes.String(), Serdes.ByteArray())
            .withName("write-" + ClassifierStores.PROTOTYPES_TOPIC));
    return builder.build();
  }
}
