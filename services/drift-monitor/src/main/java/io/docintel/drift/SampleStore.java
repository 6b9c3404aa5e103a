package io.docintel.drift;

import io.docintel.drift.window.Sample;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The samples of every open window and reference, one record each under its owner's key and its
 * number: each is written once, when taken, and read back and deleted when its owner is closed or
 * replaced. So the changelog carries each sample once, while the owner's statistics, rewritten at
 * every commit, stay small.
 */
final class SampleStore {

  static final String NAME = "drift-samples";

  private final KeyValueStore<String, Sample> store;

  SampleStore(KeyValueStore<String, Sample> store) {
    this.store = store;
  }

  /** The owner key of the samples of {@code model}'s reference of reset generation {@code generation}. */
  static String referenceOwner(String model, long generation) {
    return "reference|" + model + "|" + generation;
  }

  /** The owner key of the samples of the window stored under {@code windowKey}. */
  static String windowOwner(String windowKey) {
    return "window|" + windowKey;
  }

  void put(String owner, int number, Sample sample) {
    store.put(key(owner, number), sample);
  }

  /** The first {@code count} samples of {@code owner}; fails if one is missing. */
  List<Sample> read(String owner, int count) {
    List<Sample> samples = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      Sample sample = store.get(key(owner, n));
      if (sample == null) {
        throw new IllegalStateException("drift sample " + key(owner, n) + " is missing");
      }
      samples.add(sample);
    }
    return samples;
  }

  /**
   * Deletes every sample of {@code owner}: found by prefix, not by count, so that a sample written
   * past its owner's last committed count (a crash under at-least-once) goes too.
   */
  void deleteAll(String owner) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, Sample> samples = store.prefixScan(owner + "|", new StringSerializer())) {
      samples.forEachRemaining(entry -> keys.add(entry.key));
    }
    keys.forEach(store::delete);
  }

  /** The store key of sample {@code number} of {@code owner}. */
  static String key(String owner, int number) {
    return owner + "|" + String.format("%07d", number);
  }
}
