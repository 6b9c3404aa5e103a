package io.docintel.cli.bench;

import io.docintel.cli.bench.footprint.FootprintBenchCommand;
import io.docintel.cli.bench.peer.PeerBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code docintel bench}: benchmarks that print their figures and the command that made them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput. Each benchmark prints its figures and the command that reproduces them.",
    subcommands = {InferenceBenchCommand.class, ServicesBenchCommand.class, E2eBenchCommand.class,
        PeerBenchCommand.class, FootprintBenchCommand.class})
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
