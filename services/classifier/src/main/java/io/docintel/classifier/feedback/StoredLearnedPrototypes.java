package io.docintel.classifier.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** {@link LearnedPrototypes} read from a prototype store laid out by {@link PrototypeStoreKeys}. */
public final class StoredLearnedPrototypes implements LearnedPrototypes {

  private final ReadOnlyKeyValueStore<String, byte[]> store;

  public StoredLearnedPrototypes(ReadOnlyKeyValueStore<String, byte[]> store) {
    this.store = store;
  }

  @Override
  public long version(String model) {
    return PrototypeStoreKeys.versionOf(store.get(PrototypeStoreKeys.version(model)));
  }

  @Override
  public Map<String, List<float[]>> examples(String model) {
    Map<String, List<float[]>> byLabel = new LinkedHashMap<>();
    try (KeyValueIterator<String, byte[]> entries =
        store.prefixScan(PrototypeStoreKeys.examplesPrefix(model), new StringSerializer())) {
      while (entries.hasNext()) {
        var entry = entries.next();
        List<float[]> vectors = LearnedExamples.fromBytes(entry.value).vectors();
        if (!vectors.isEmpty()) {
          byLabel.put(PrototypeStoreKeys.labelOf(entry.key, model), new ArrayList<>(vectors));
        }
      }
    }
    return byLabel;
  }
}
