package io.docintel.cli.replay;

import io.docintel.cli.ClusterOptions;
import io.docintel.cli.client.ProgressBar;
import io.docintel.common.serde.RegistryValueSerdes;
import io.docintel.common.topic.Topics;
import io.docintel.schemas.Document;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel replay}: re-processes documents under a new revision. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Re-process documents posted in a time window (or chosen by id) under a new revision.",
        "Each document is re-posted to docintel.documents.v1 once, as its latest copy, with its revision raised "
            + "above the highest it has; every stage then writes new results for that revision and the "
            + "originals stay as they are. With --model-version, a stage whose loaded model has another "
            + "version dead-letters the document instead of answering with the wrong model.",
        "Exit codes: 0 replayed (or nothing matched), 1 Kafka did not take the documents, 2 bad arguments."})
public final class ReplayCommand implements Callable<Integer> {

  @Mixin ClusterOptions cluster;

  @Option(names = "--from", required = true,
      description = "first posting time to replay: 2026-11-30T10:00:00Z, or a duration before now such as 2h")
  Instant from;

  @Option(names = "--to", description = "end of the window (exclusive), same forms; default: now")
  Instant to;

  @Option(names = "--document", paramLabel = "ID", description = "replay only this document id; repeatable")
  List<String> documents = List.of();

  @Option(names = "--model-version", paramLabel = "VERSION",
      description = "pin the model version (or weights sha256) the results must come from")
  String modelVersion;

  @Option(names = "--dry-run", description = "show what would be replayed, post nothing")
  boolean dryRun;

  @Option(names = "--timeout", defaultValue = "2m",
      description = "how long reading docintel.documents.v1 to its end may take (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Override
  public Integer call() {
    if (to != null && !to.isAfter(from)) {
      System.err.println("--to must be after --from");
      return 2;
    }
    try (RegistryValueSerdes serdes = new RegistryValueSerdes(cluster.registry())) {
      Replayer replayer = new Replayer(cluster.kafka(), new Topics(serdes).documents());
      List<Document> plan = replayer.plan(from, to, new LinkedHashSet<>(documents), timeout);
      if (plan.isEmpty()) {
        System.out.println("no document posted in that window" + (documents.isEmpty() ? "" : " with those ids"));
        return 0;
      }
      for (Document document : plan) {
        System.out.println(document.getId() + "\trevision " + document.getRevision());
      }
      if (dryRun) {
        System.out.println(plan.size() + " documents would be replayed (dry run)");
        return 0;
      }
      ProgressBar progress = new ProgressBar(System.err, plan.size(), "documents");
      replayer.post(plan, modelVersion, progress::show);
      progress.finish();
      System.out.println(plan.size() + " documents replayed" + (modelVersion == null ? "" : " pinned to model version " + modelVersion));
      return 0;
    } catch (Replayer.ReplayException e) {
      System.err.println("replay failed: " + e.getMessage());
      return 1;
    }
  }
}
