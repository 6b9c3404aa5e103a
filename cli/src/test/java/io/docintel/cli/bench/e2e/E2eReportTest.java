package io.docintel.cli.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.bench.measure.CpuSnapshot;
import io.docintel.cli.bench.measure.CpuSnapshot.ThreadCpu;
import io.docintel.cli.bench.measure.CpuSplit;
import io.docintel.cli.bench.measure.Percentiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class E2eReportTest {

  private final E2eReport report = new E2eReport("./docintel bench e2e --documents 2", Map.of("cpus", 2),
      List.of(new PhaseResult("stack, full load (closed loop)", 2, 0, 1000, 4.0,
          Percentiles.of(new double[] {100, 300}),
          CpuSplit.between(new CpuSnapshot(0, Map.of()),
              new CpuSnapshot(4_000_000_000L, Map.of(1L, new ThreadCpu("docintel-batcher-summarizer", 3_000_000_000L)))),
          512L * 1024 * 1024)),
      List.of(new LengthRow(1, 2, 1.5, 500, 800, 300, 450)),
      List.of(new DocumentTimeline("annual-review-long.txt", 2316, List.of(
          new DocumentTimeline.Step("extractor", 180, 95, 69),
          new DocumentTimeline.Step("classifier", 189, 2108, 2106)), 2303)));

  @Test
  void jsonCarriesEveryPhaseFigure() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    JsonNode phase = json.get("phases").get(0);
    assertThat(json.get("command").asText()).contains("bench e2e");
    assertThat(phase.get("documentsPerSecond").asDouble()).isEqualTo(0.5);
    assertThat(phase.get("tokensPerSecond").asDouble()).isEqualTo(250);
    assertThat(phase.get("latencyMs").get("p50").asDouble()).isEqualTo(100);
    assertThat(phase.get("latencyMs").get("p99").asDouble()).isEqualTo(300);
    assertThat(phase.get("cpu").get("inferenceSeconds").asDouble()).isEqualTo(3.0);
    assertThat(phase.get("cpu").get("nonInferenceShareOfProcess").asDouble()).isEqualTo(0.25);
    assertThat(phase.get("cpu").get("inferenceSecondsByThread").get("docintel-batcher-summarizer").asDouble())
        .isEqualTo(3.0);
    assertThat(phase.get("peakRssBytes").asLong()).isEqualTo(512L * 1024 * 1024);
    assertThat(json.get("lengths").get(0).get("coreCpuMs").asDouble()).isEqualTo(800);
    JsonNode slowest = json.get("slowest").get(0);
    assertThat(slowest.get("source").asText()).isEqualTo("annual-review-long.txt");
    assertThat(slowest.get("steps").get(1).get("inferenceMs").asLong()).isEqualTo(2106);
  }

  @Test
  void tableShowsThePhaseRowAndTheSplit() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("reproduce: ./docintel bench e2e --documents 2")
        .containsPattern("stack, full load \\(closed loop\\)\\s+2\\s+0\\s+0\\.50\\s+250\\s+100\\s+300\\s+300\\s+3\\.00")
        .contains("model inference (batcher threads)").contains("75.0%").contains("docintel-batcher-summarizer")
        .containsPattern("annual-review-long.txt\\s+2316\\s+extractor 180\\+95 \\(69\\)\\s+classifier 189\\+2108 \\(2106\\)\\s+2303")
        .contains("note: with fewer than 100 latencies, p99 is the slowest document");
  }
}
