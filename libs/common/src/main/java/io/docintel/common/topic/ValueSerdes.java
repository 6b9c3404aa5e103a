package io.docintel.common.topic;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Makes the value serde of an Avro record type; the registry-backed one in production. */
public interface ValueSerdes {

  /** A value serde (not a key serde) for records of {@code type}. */
  <T extends SpecificRecord> Serde<T> forValues(Class<T> type);
}
