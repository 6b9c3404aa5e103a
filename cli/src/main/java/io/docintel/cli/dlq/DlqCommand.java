package io.docintel.cli.dlq;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code docintel dlq}: the dead letters of every service. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
    description = {"Show the records services could not process (docintel.<service>.dlq.v1), and re-submit them after a fix."},
    subcommands = {DlqListCommand.class, DlqReplayCommand.class})
public final class DlqCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
