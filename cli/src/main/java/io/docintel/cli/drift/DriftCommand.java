package io.docintel.cli.drift;

import io.docintel.cli.ClusterOptions;
import io.docintel.drift.ReferenceResets;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code docintel drift}: operations on the drift monitor. */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Operate the drift monitor.", subcommands = {DriftCommand.ResetReference.class})
public final class DriftCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code docintel drift reset-reference}: the next observations become the model's new reference. */
  @Command(name = "reset-reference", mixinStandardHelpOptions = true,
      description = {"Replace a model version's drift reference: the drift monitor drops the frozen reference "
          + "and freezes the next observations (DOCINTEL_DRIFT_REFERENCE_SIZE of them) as the new one.",
          "Use it after a deliberate change (a new label set, a new document source) that should become normal."})
  static final class ResetReference implements Callable<Integer> {

    @Mixin ClusterOptions cluster;

    @Option(names = "--model", required = true, description = "model name as in provenance, e.g. minilm-l6-q")
    String model;

    @Option(names = "--version", required = true, description = "model version as in provenance")
    String version;

    @Override
    public Integer call() {
      ReferenceResets.request(cluster.kafka(), model, version, Instant.now());
      System.out.printf("reset requested for %s@%s on %s%n", model, version, ReferenceResets.TOPIC);
      return 0;
    }
  }
}
