package io.docintel.cli.dlq;

import io.docintel.cli.ClusterOptions;
import io.docintel.cli.replay.Replayer;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel dlq replay}: re-submits dead letters after a fix, each once. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Re-submit the chosen dead letters after a fix. A record the normalizer could not take is re-sent "
        + "as its original bytes; a document a later stage failed on is re-posted under a new revision, so its "
        + "new results do not mix with an earlier partial one. Each dead letter is replayed once (recorded in "
        + "docintel.dlq.replayed.v1) unless --force.",
        "Exit codes: 0 done, 1 Kafka did not take the records, 2 bad arguments or Kafka unreadable."})
public final class DlqReplayCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;
  @Mixin DeadLetterOptions options;

  @Option(names = "--force", description = "replay dead letters replayed before, too")
  boolean force;

  @Option(names = "--dry-run", description = "list what would be replayed, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    try (RegistryValueSerdes serdes = new RegistryValueSerdes(cluster.registry())) {
      Topics topics = new Topics(serdes);
      List<DeadLetterRecord> selected = DeadLetterReader.readAll(cluster.kafka(), topics, options.timeout).stream()
          .filter(options.filter()::matches).toList();
      DeadLetterReplayer replayer = new DeadLetterReplayer(cluster.kafka(), topics.documents(), Clock.systemUTC());
      Set<String> before = replayer.replayedBefore(options.timeout);
      if (dryRun) {
        selected.stream().filter(record -> force || !before.contains(record.marker()))
            .forEach(record -> System.out.println(DeadLetterText.row(record)));
        return 0;
      }
      DeadLetterReplayer.Outcome outcome = replayer.replay(selected, before, force, options.timeout);
      System.out.println(outcome.resent() + " records re-sent, " + outcome.reposted()
          + " documents re-posted under a new revision, " + outcome.alreadyReplayed() + " skipped as replayed before");
      return 0;
    } catch (Replayer.ReplayException e) {
      System.err.println("replay failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      System.err.println("cannot read the dead letters: " + e.getMessage());
      return 2;
    }
  }
}
