package io.docintel.cli.client;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One consumed record as a JSON line: where it is, its key, and its value in Avro's JSON form. */
final class RecordJson {

  private RecordJson() {}

  static String line(ConsumerRecord<?, ?> record) {
    return "{\"topic\": \"" + record.topic() + "\", \"partition\": " + record.partition()
        + ", \"offset\": " + record.offset() + ", \"key\": " + key(record.key())
        + ", \"value\": " + record.value() + "}";
  }

  private static String key(Object key) {
    if (key == null) {
      return "null";
    }
    String text = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
