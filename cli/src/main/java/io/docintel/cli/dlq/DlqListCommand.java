package io.docintel.cli.dlq;

import io.docintel.cli.ClusterOptions;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel dlq list}: dead letters as a table (or JSON lines) and counts by service and error. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"List dead letters, oldest first: when, service, stage, document id, attempt, error.",
        "Messages never contain document text. Exit code 0, or 2 when Kafka cannot be read."})
public final class DlqListCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;
  @Mixin DeadLetterOptions options;

  @Option(names = "--json", description = "one JSON object per dead letter instead of the table")
  boolean json;

  @Override
  public Integer call() {
    List<DeadLetterRecord> selected;
    try (RegistryValueSerdes serdes = new RegistryValueSerdes(cluster.registry())) {
      selected = DeadLetterReader.readAll(cluster.kafka(), new Topics(serdes), options.timeout).stream()
          .filter(options.filter()::matches)
          .sorted(Comparator.comparing(record -> record.letter().getFailedAt()))
          .toList();
    } catch (RuntimeException e) {
      System.err.println("cannot read the dead letters: " + e.getMessage());
      return 2;
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (DeadLetterRecord record : selected) {
      System.out.println(json ? DeadLetterText.json(record) : DeadLetterText.row(record));
      counts.merge(record.letter().getService() + " " + record.errorName(), 1, Integer::sum);
    }
    if (!json) {
      System.out.println(selected.size() + " dead letters");
      counts.forEach((what, count) -> System.out.println("  " + count + "\t" + what));
    }
    return 0;
  }
}
