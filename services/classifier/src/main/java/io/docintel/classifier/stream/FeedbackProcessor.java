package io.docintel.classifier.stream;

import io.docintel.classifier.ClassifierMetrics;
import io.docintel.classifier.feedback.DocumentEmbeddings;
import io.docintel.classifier.feedback.PrototypeUpdate;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.schemas.Feedback;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Turns a label correction into one {@link PrototypeUpdate} per model that classified the
 * document, using the embeddings kept in the document-embeddings store (feedback is keyed by
 * document id, so it lands on the partition that classified the document). Out: updates keyed
 * by model name, bound for the single-partition updates topic.
 */
final class FeedbackProcessor implements Processor<String, Feedback, String, byte[]> {

  private final DocumentClassifier classifier;
  private final MeterRegistry meters;
  private ProcessorContext<String, byte[]> context;
  private WindowStore<String, byte[]> embeddings;

  FeedbackProcessor(DocumentClassifier classifier, MeterRegistry meters) {
    this.classifier = classifier;
    this.meters = meters;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.embeddings = context.getStateStore(ClassifierStores.DOCUMENT_EMBEDDINGS);
  }

  @Override
  public void process(Record<String, Feedback> record) {
    Feedback feedback = record.value();
    String label = feedback.getCorrectLabel();
    if (label == null || label.isBlank()) {
      count(FeedbackOutcome.NO_LABEL);
      return;
    }
    if (!classifier.learnsFromFeedback()) {
      count(FeedbackOutcome.NOT_APPLICABLE);
      return;
    }
    if (!classifier.knowsLabel(label)) {
      throw new FeedbackNotApplicableException("feedback on document " + feedback.getDocumentId()
          + " names label '" + label + "', which is not in the label set");
    }
    byte[] stored = latest(feedback.getDocumentId());
    if (stored == null) {
      throw new FeedbackNotApplicableException("no embedding is kept for document " + feedback.getDocumentId()
          + ": it was not classified here, or longer ago than the feedback retention");
    }
    for (Map.Entry<String, float[]> entry : DocumentEmbeddings.fromBytes(stored).byModel().entrySet()) {
      PrototypeUpdate update = new PrototypeUpdate(entry.getKey(), label, feedback.getDocumentId(), entry.getValue());
      context.forward(new Record<>(entry.getKey(), update.toBytes(), record.timestamp()));
    }
    count(FeedbackOutcome.APPLIED);
  }

  private byte[] latest(String documentId) {
    try (WindowStoreIterator<byte[]> kept = embeddings.backwardFetch(documentId, 0L, Long.MAX_VALUE)) {
      return kept.hasNext() ? kept.next().value : null;
    }
  }

  private void count(FeedbackOutcome outcome) {
    meters.counter(ClassifierMetrics.FEEDBACK, ClassifierMetrics.OUTCOME, outcome.tag()).increment();
  }
}
