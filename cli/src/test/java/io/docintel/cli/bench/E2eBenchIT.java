package io.docintel.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docintel.cli.CommandRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docintel bench e2e} on a small corpus, through the real stack: every phase accounts for
 * every document, the figures hang together, and the slowest documents show each model service's
 * step. Correctness only; the figures themselves are the benchmark's business.
 */
class E2eBenchIT {

  @Test
  void everyPhaseAccountsForEveryDocumentAndTheSlowestShowTheirSteps() throws Exception {
    CommandRun run = CommandRun.of("bench", "e2e", "--documents", "8", "--warmup", "2", "--lengths", "1",
        "--rate", "half", "--json");

    assertThat(run.exit()).as(run.stderr()).isZero();
    // Tests log to standard output too (logback-test.xml); the report is the JSON object at its end.
    JsonNode report = new ObjectMapper().readTree(run.stdout().substring(run.stdout().indexOf("\n{\n") + 1));
    assertThat(report.get("command").asText()).startsWith("./docintel bench e2e --documents 8");

    List<String> names = new ArrayList<>();
    for (JsonNode phase : report.get("phases")) {
      names.add(phase.get("name").asText());
      assertThat(phase.get("documents").asInt()).isEqualTo(8);
      assertThat(phase.get("documentsPerSecond").asDouble()).isPositive();
      JsonNode cpu = phase.get("cpu");
      assertThat(cpu.get("inferenceSeconds").asDouble()).isPositive().isLessThan(cpu.get("totalSeconds").asDouble());
      assertThat(cpu.get("nonInferenceShareOfProcess").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(names).hasSize(4);
    assertThat(names.get(0)).isEqualTo("inference engine alone");
    assertThat(names.get(2)).isEqualTo("stack, full load (closed loop)");
    assertThat(names.get(3)).contains("open loop");

    JsonNode openLoop = report.get("phases").get(3).get("latencyMs");
    assertThat(openLoop.get("p50").asDouble()).isPositive();
    assertThat(openLoop.get("p99").asDouble()).isGreaterThanOrEqualTo(openLoop.get("p50").asDouble());

    List<Integer> lengths = new ArrayList<>();
    report.get("lengths").forEach(row -> lengths.add(row.get("targetChunks").asInt()));
    assertThat(lengths).containsExactly(0, 1);

    JsonNode slowest = report.get("slowest");
    assertThat(slowest).hasSize(5);
    double previous = Double.MAX_VALUE;
    for (JsonNode doc : slowest) {
      double latency = doc.get("latencyMs").asDouble();
      assertThat(latency).isLessThanOrEqualTo(previous)
          .as("read after the enricher emitted it").isGreaterThanOrEqualTo(doc.get("enrichedAfterMs").asDouble());
      previous = latency;
      List<String> services = new ArrayList<>();
      for (JsonNode step : doc.get("steps")) {
        services.add(step.get("service").asText());
        assertThat(step.get("startedAfterMs").asLong()).isNotNegative();
        assertThat(step.get("inferenceMs").asLong()).isNotNegative()
            .isLessThanOrEqualTo(step.get("processingMs").asLong());
        assertThat(step.get("startedAfterMs").asLong() + step.get("processingMs").asLong())
            .isLessThanOrEqualTo(doc.get("enrichedAfterMs").asLong());
      }
      assertThat(services).containsExactly("extractor", "classifier", "summarizer");
    }
  }
}
