package io.docintel.classifier.stream;

import io.docintel.classifier.ClassifierOptions;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/** Suppliers of the classifier's processors, for {@code ClassifierTopology}. */
public final class ClassifierProcessors {

  private ClassifierProcessors() {}

  public static ProcessorSupplier<String, NormalizedDocument, String, Classification> classify(
      DocumentClassifier classifier, ClassifierOptions options, Clock clock) {
    return () -> new ClassifyProcessor(classifier, options, clock);
  }

  public static ProcessorSupplier<String, Feedback, String, byte[]> feedback(DocumentClassifier classifier,
      MeterRegistry meters) {
    return () -> new FeedbackProcessor(classifier, meters);
  }

  public static ProcessorSupplier<String, byte[], String, byte[]> learn(int maxExamples, MeterRegistry meters) {
    return () -> new PrototypeLearner(maxExamples, meters);
  }

  public static ProcessorSupplier<String, byte[], Void, Void> prototypeStoreUpdater() {
    return PrototypeStoreUpdater::new;
  }
}
