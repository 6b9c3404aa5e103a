package io.docintel.cli;

import io.docintel.cli.audit.AuditCommand;
import io.docintel.cli.bench.BenchCommand;
import io.docintel.cli.client.PostCommand;
import io.docintel.cli.client.TailCommand;
import io.docintel.cli.dlq.DlqCommand;
import io.docintel.cli.drift.DriftCommand;
import io.docintel.cli.eval.EvaluateCommand;
import io.docintel.cli.local.DemoCommand;
import io.docintel.cli.local.LocalCommand;
import io.docintel.common.config.ConfigException;
import io.docintel.cli.replay.ReplayCommand;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code docintel} command: runs a local stack, posts documents, reads results. */
@Command(name = "docintel", mixinStandardHelpOptions = true, versionProvider = DocintelVersion.class,
    description = "Kafka-native document intelligence: extraction, classification and summarization "
        + "with ONNX models over Kafka Streams.",
    subcommands = {DemoCommand.class, LocalCommand.class, PostCommand.class, TailCommand.class, AuditCommand.class,
        DlqCommand.class, ReplayCommand.class, EvaluateCommand.class, DriftCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class DocintelCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with docintel's converters registered; bad configuration exits 2 with its message alone. */
  public static CommandLine commandLine() {
    return new CommandLine(new DocintelCommand()).registerConverter(Duration.class, new DurationConverter())
        .registerConverter(Instant.class, new InstantConverter())
        .setExecutionExceptionHandler((error, command, parsed) -> {
          if (error instanceof ConfigException) {
            command.getErr().println("docintel " + command.getCommandName() + ": " + error.getMessage());
            return 2;
          }
          throw error;
        });
  }
}
