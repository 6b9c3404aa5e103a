package io.docintel.classifier.stream;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Copies the prototypes topic into the global prototype store as it is, which is also what Kafka
 * Streams does when it restores a global store, so both paths give the same store.
 */
final class PrototypeStoreUpdater implements Processor<String, byte[], Void, Void> {

  private KeyValueStore<String, byte[]> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.store = context.getStateStore(ClassifierStores.PROTOTYPES);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
