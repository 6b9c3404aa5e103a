package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.testkit.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's main command, run in-process exactly as {@code ./docintel demo} runs it. */
class DemoCommandIT {

  @Test
  void demoNormalizesEverySampleAndDeadLettersTheBrokenOne() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int exit;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      exit = DocintelCommand.commandLine().execute("demo", "--timeout", "120s");
    } finally {
      System.setOut(stdout);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    stdout.println(output);

    assertThat(exit).isZero();
    SampleDocuments.all().forEach(sample -> assertThat(output).contains("✓ " + sample.fileName()));
    assertThat(output).contains("✗ " + SampleDocuments.TRUNCATED_PDF.fileName());
    assertThat(output).contains(SampleDocuments.all().size() + " enriched, 1 dead-lettered");
  }

  @Test
  void helpExplainsEveryCommand() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CommandLine commandLine = DocintelCommand.commandLine();
    commandLine.setOut(new java.io.PrintWriter(captured, true, StandardCharsets.UTF_8));
    assertThat(commandLine.execute("--help")).isZero();
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("demo", "local", "post", "tail");
  }
}
