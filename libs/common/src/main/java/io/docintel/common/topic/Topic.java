package io.docintel.common.topic;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic's name together with the serdes of its keys and values: the only way docintel code
 * names a topic, so a name never travels without the types written to it.
 *
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  /** How a Kafka Streams source reads this topic; the source node is named after it. */
  public Consumed<K, V> consumed() {
    return Consumed.with(keySerde, valueSerde).withName("read-" + name);
  }

  /** How a Kafka Streams sink writes this topic; the sink node is named after it. */
  public Produced<K, V> produced() {
    return Produced.with(keySerde, valueSerde).withName("write-" + name);
  }

  @Override
  public String toString() {
    return name;
  }
}
