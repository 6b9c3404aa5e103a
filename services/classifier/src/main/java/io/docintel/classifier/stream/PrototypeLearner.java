package io.docintel.classifier.stream;

import io.docintel.classifier.ClassifierMetrics;
import io.docintel.classifier.feedback.LearnedExamples;
import io.docintel.classifier.feedback.PrototypeStoreKeys;
import io.docintel.classifier.feedback.PrototypeUpdate;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds prototype updates into the learned state. Runs as the one task of the single-partition
 * updates topic, so updates from every partition are applied in one order and each model's
 * version goes up by exactly one per update. The state lives in a changelogged store (it survives
 * restarts and moves); every changed entry is also forwarded, version last, to the compacted
 * prototypes topic behind the global store that classifying tasks read.
 */
final class PrototypeLearner implements Processor<String, byte[], String, byte[]> {

  private final int maxExamples;
  private final MeterRegistry meters;
  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, byte[]> learning;

  PrototypeLearner(int maxExamples, MeterRegistry meters) {
    this.maxExamples = maxExamples;
    this.meters = meters;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.learning = context.getStateStore(ClassifierStores.LEARNING);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    PrototypeUpdate update = PrototypeUpdate.fromBytes(record.value());
    String model = update.model();
    String target = PrototypeStoreKeys.examples(model, update.label());
    // A document counts once per model: a correction of a correction moves it to the new label.
    List<KeyValue<String, byte[]>> changed = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> labels =
        learning.prefixScan(PrototypeStoreKeys.examplesPrefix(model), new StringSerializer())) {
      while (labels.hasNext()) {
        KeyValue<String, byte[]> entry = labels.next();
        LearnedExamples examples = LearnedExamples.fromBytes(entry.value);
        if (!entry.key.equals(target) && examples.has(update.documentId())) {
          changed.add(KeyValue.pair(entry.key, examples.without(update.documentId()).toBytes()));
        }
      }
    }
    byte[] current = learning.get(target);
    LearnedExamples examples = current == null ? LearnedExamples.none() : LearnedExamples.fromBytes(current);
    changed.add(KeyValue.pair(target,
        examples.with(new LearnedExamples.Example(update.documentId(), update.vector()), maxExamples).toBytes()));
    String versionKey = PrototypeStoreKeys.version(model);
    long version = PrototypeStoreKeys.versionOf(learning.get(versionKey)) + 1;
    changed.add(KeyValue.pair(versionKey, PrototypeStoreKeys.versionBytes(version)));
    for (KeyValue<String, byte[]> entry : changed) {
      learning.put(entry.key, entry.value);
      context.forward(new Record<>(entry.key, entry.value, record.timestamp()));
    }
    meters.counter(ClassifierMetrics.PROTOTYPE_UPDATES, ClassifierMetrics.MODEL, model).increment();
  }
}
