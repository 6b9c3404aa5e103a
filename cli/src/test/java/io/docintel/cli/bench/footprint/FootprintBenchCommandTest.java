package io.docintel.cli.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootprintBenchCommandTest {

  @Test
  void theChildGetsTheArgumentFileBesideTheBuildThenItsOwnOptions(@TempDir Path cli) throws IOException {
    Path jar = Files.createDirectories(cli.resolve("target")).resolve("docintel.jar");
    assertThat(FootprintBenchCommand.defaultJvmOptions(jar)).noneMatch(option -> option.startsWith("@"));
    Files.writeString(cli.resolve("jvm.options"), "-Xmx1g\n");
    assertThat(FootprintBenchCommand.defaultJvmOptions(jar)).first().isEqualTo("@" + cli.resolve("jvm.options"));
    assertThat(FootprintBenchCommand.split("  -Xmx2g   -XX:+UseSerialGC ")).containsExactly("-Xmx2g", "-XX:+UseSerialGC");
  }

  @Test
  void nativeMemorySummaryKeepsTheTotals() {
    String summary = """
        Native Memory Tracking:

        (Omitting categories weighting less than 1MB)

        Total: reserved=2345MB, committed=812MB
               malloc: 90MB #123
        -                 Java Heap (reserved=512MB, committed=300MB)
                                    (mmap: reserved=512MB, committed=300MB)
        -                     Class (reserved=1030MB, committed=40MB)
                                    (classes #12000)
        """;
    assertThat(NativeMemorySummary.areas(summary)).containsExactly("  Total: reserved=2345MB, committed=812MB",
        "  Java Heap (reserved=512MB, committed=300MB)", "  Class (reserved=1030MB, committed=40MB)");
  }
}
