package io.docintel.cli.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.cli.bench.measure.CpuSnapshot.ThreadCpu;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSplitTest {

  @Test
  void threadsAreCategorizedByName() {
    assertThat(CpuCategory.ofThread("docintel-batcher-classifier-minilm-l6-q")).isEqualTo(CpuCategory.INFERENCE);
    assertThat(CpuCategory.ofThread("docintel-classifier-1a2b-StreamThread-1")).isEqualTo(CpuCategory.STREAMS);
    assertThat(CpuCategory.ofThread("kafka-producer-network-thread | docintel-bench-producer"))
        .isEqualTo(CpuCategory.LOAD);
    assertThat(CpuCategory.ofThread("kafka-producer-network-thread | x-StreamThread-1-producer"))
        .isEqualTo(CpuCategory.STREAMS);
    assertThat(CpuCategory.ofThread("kafka-producer-network-thread | registry")).isEqualTo(CpuCategory.CLIENT_IO);
    assertThat(CpuCategory.ofThread("data-plane-kafka-request-handler-0")).isEqualTo(CpuCategory.BROKER);
    assertThat(CpuCategory.ofThread("executor-Fetch")).isEqualTo(CpuCategory.BROKER);
    assertThat(CpuCategory.ofThread("metrics-meter-tick-thread-1")).isEqualTo(CpuCategory.BROKER);
    assertThat(CpuCategory.ofThread("qtp12345-17")).isEqualTo(CpuCategory.OTHER_JAVA);
  }

  @Test
  void deltasPerCategoryWithTheRestOutsideJavaThreads() {
    CpuSnapshot before = new CpuSnapshot(1_000, Map.of(
        1L, new ThreadCpu("docintel-batcher-summarizer", 100),
        2L, new ThreadCpu("app-StreamThread-1", 50)));
    CpuSnapshot after = new CpuSnapshot(2_000, Map.of(
        1L, new ThreadCpu("docintel-batcher-summarizer", 700),
        2L, new ThreadCpu("app-StreamThread-1", 150),
        3L, new ThreadCpu("data-plane-kafka-request-handler-1", 100)));
    CpuSplit split = CpuSplit.between(before, after);
    assertThat(split.totalNanos()).isEqualTo(1_000);
    assertThat(split.nanos(CpuCategory.INFERENCE)).isEqualTo(600);
    assertThat(split.nanos(CpuCategory.STREAMS)).isEqualTo(100);
    assertThat(split.nanos(CpuCategory.BROKER)).isEqualTo(100);
    assertThat(split.nanos(CpuCategory.OUTSIDE_JAVA_THREADS)).isEqualTo(200);
    assertThat(split.share(CpuCategory.INFERENCE)).isEqualTo(0.6);
    assertThat(split.servicesNanos()).isEqualTo(900);
    assertThat(split.overheadShareOfServices()).isEqualTo(300 / 900.0);
    assertThat(split.overheadShareOfProcess()).isEqualTo(0.4);
    assertThat(split.inferenceByThread()).containsExactly(Map.entry("docintel-batcher-summarizer", 600L));
  }

  @Test
  void gcAndJitThreadsOfTheJvmAreTheirOwnCategories() {
    CpuSnapshot before = new CpuSnapshot(0, Map.of(1L, new ThreadCpu("app-StreamThread-1", 0)),
        Map.of(10L, new ThreadCpu("GC Thread#0", 100), 11L, new ThreadCpu("C2 CompilerThre", 0)));
    CpuSnapshot after = new CpuSnapshot(1_000, Map.of(1L, new ThreadCpu("app-StreamThread-1", 300)),
        Map.of(10L, new ThreadCpu("GC Thread#0", 300), 11L, new ThreadCpu("C2 CompilerThre", 250),
            12L, new ThreadCpu("VM Thread", 50)));
    CpuSplit split = CpuSplit.between(before, after);
    assertThat(split.nanos(CpuCategory.GC)).isEqualTo(250);
    assertThat(split.nanos(CpuCategory.JIT)).isEqualTo(250);
    assertThat(split.nanos(CpuCategory.OUTSIDE_JAVA_THREADS)).isEqualTo(200);
    assertThat(split.totalNanos()).isEqualTo(1_000);
  }

  @Test
  void nativeThreadNamesAndStatTicks() {
    assertThat(JvmThreads.kindOf("G1 Conc#0")).isEqualTo(JvmThreads.Kind.GC);
    assertThat(JvmThreads.kindOf("VM Thread")).isEqualTo(JvmThreads.Kind.GC);
    assertThat(JvmThreads.kindOf("C1 CompilerThre")).isEqualTo(JvmThreads.Kind.JIT);
    assertThat(JvmThreads.kindOf("docintel-batche")).isNull();
    String stat = "4242 (C2 Compiler Thre) S 1 1 1 0 -1 1077936192 0 0 0 0 1234 56 0 0 20 0 1 0 100 0 0";
    assertThat(JvmThreads.ticks(stat)).isEqualTo(1290);
  }

  @Test
  void javaThreadsAboveTheProcessTotalRaiseTheTotalInsteadOfGoingNegative() {
    CpuSnapshot before = new CpuSnapshot(0, Map.of());
    CpuSnapshot after = new CpuSnapshot(90, Map.of(1L, new ThreadCpu("docintel-batcher-x", 100)));
    CpuSplit split = CpuSplit.between(before, after);
    assertThat(split.totalNanos()).isEqualTo(100);
    assertThat(split.nanos(CpuCategory.OUTSIDE_JAVA_THREADS)).isZero();
  }
}
