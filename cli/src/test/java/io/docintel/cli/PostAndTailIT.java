package io.docintel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.local.LocalStack;
import io.docintel.cli.local.LocalStackOptions;
import io.docintel.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docintel post} and {@code docintel tail} against a running local stack. */
class PostAndTailIT {

  static LocalStack stack;

  @BeforeAll
  static void start() {
    stack = LocalStack.start(LocalStackOptions.freePorts(), System.err);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void postedFolderComesBackNormalizedThroughTail(@TempDir Path folder) throws Exception {
    for (var sample : SampleDocuments.all()) {
      Files.write(folder.resolve(sample.fileName()), sample.bytes());
    }
    int files = SampleDocuments.all().size();

    CommandRun post = run("post", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(), folder.toString());
    assertThat(post.exit()).isZero();
    assertThat(post.stdout()).contains("sent " + files + ", failed 0");

    CommandRun tail = run("tail", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(), "--from-beginning",
        "--max-records", String.valueOf(files), "--idle-timeout", "60s", "docintel.documents.normalized.v1");
    assertThat(tail.exit()).isZero();
    List<String> lines = Arrays.stream(tail.stdout().split("\n")).filter(l -> l.startsWith("{")).toList();
    assertThat(lines).hasSize(files);
    SampleDocuments.all().forEach(sample ->
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"source\": \"" + sample.fileName() + "\"")));
  }

  @Test
  void postingAMissingFileFailsClearly() {
    CommandRun post = run("post", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(), "/no/such/file.pdf");
    assertThat(post.exit()).isNotZero();
    assertThat(post.stderr()).contains("no such file or folder: /no/such/file.pdf");
  }

  @Test
  void tailOfAnUnknownTopicNamesTheKnownOnes() {
    CommandRun tail = run("tail", "-b", stack.bootstrapServers(), "-r", stack.registryUrl(), "docintel.nope.v1");
    assertThat(tail.exit()).isEqualTo(2);
    assertThat(tail.stderr()).contains("unknown topic docintel.nope.v1", "docintel.documents.normalized.v1");
  }

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }
}
