package io.docintel.cli.client;

import io.docintel.cli.ClusterOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topic;
import io.docintel.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docintel tail}: prints a topic's records as JSON lines, decoded through the registry. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {"Print records of a docintel topic as JSON, one per line, decoded through the schema registry.",
        "Runs until Ctrl-C, or until --max-records or --idle-timeout is reached."})
public final class TailCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;

  @Parameters(paramLabel = "TOPIC", description = "a docintel topic, e.g. docintel.documents.normalized.v1")
  String topicName;

  @Option(names = "--from-beginning", description = "start at the oldest record instead of new ones")
  boolean fromBeginning;

  @Option(names = {"-n", "--max-records"}, defaultValue = "0", description = "stop after this many records (0: no limit)")
  int maxRecords;

  @Option(names = "--idle-timeout", description = "stop after this long without records, e.g. 30s (default: never)")
  Duration idleTimeout;

  @Override
  public Integer call() {
    Topics topics = new Topics(new RegistryValueSerdes(cluster.registry()));
    Topic<?, ?> topic = topics.named(topicName).orElse(null);
    if (topic == null) {
      System.err.println("unknown topic " + topicName + "; docintel topics are: " + String.join(", ", topics.names()));
      return 2;
    }
    return tail(topic);
  }

  private <K, V> int tail(Topic<K, V> topic) {
    Map<String, Object> props = cluster.kafka();
    props.put("group.id", "docintel-tail-" + UUID.randomUUID());
    props.put("enable.auto.commit", false);
    props.put("isolation.level", "read_committed");
    props.put("auto.offset.reset", fromBeginning ? "earliest" : "latest");
    int printed = 0;
    long idleSince = System.nanoTime();
    try (var consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      consumer.subscribe(List.of(topic.name()));
      while (maxRecords == 0 || printed < maxRecords) {
        var records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          if (idleTimeout != null && System.nanoTime() - idleSince > idleTimeout.toNanos()) {
            break;
          }
          continue;
        }
        idleSince = System.nanoTime();
        for (ConsumerRecord<K, V> record : records) {
          System.out.println(RecordJson.line(record));
          if (++printed == maxRecords) {
            break;
          }
        }
      }
    }
    return 0;
  }
}
