package io.docintel.inference.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.inference.tokenize.TokenizedText;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Batching logic with a plain-Java executor (sum of ids); real-model batching is in the pipeline tests. */
class TokenBudgetBatcherTest {

  private static TokenizedText seq(long... ids) {
    int n = ids.length;
    return new TokenizedText(ids, new int[n], new int[n], new int[n]);
  }

  private static long sum(TokenizedText t) {
    long s = 0;
    for (long id : t.ids()) {
      s += id;
    }
    return s;
  }

  @Test
  void concurrentCallersGetTheirOwnResultsInBudgetedBatches() throws Exception {
    List<List<Integer>> batchLengths = Collections.synchronizedList(new ArrayList<>());
    BatchExecutor<Long> executor = batch -> {
      batchLengths.add(batch.stream().map(TokenizedText::length).toList());
      return batch.stream().map(TokenBudgetBatcherTest::sum).toList();
    };
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    BatcherSettings settings = new BatcherSettings(64, 16, Duration.ofMillis(20), 32);
    try (TokenBudgetBatcher<Long> batcher = new TokenBudgetBatcher<>("test", executor, settings,
        new InferenceMetrics(registry, "m", "1", "cpu"))) {
      ExecutorService callers = Executors.newFixedThreadPool(8);
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = 1 + i % 13;
        long[] ids = new long[n];
        java.util.Arrays.fill(ids, i);
        results.add(callers.submit(() -> batcher.process(seq(ids))));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((long) i * (1 + i % 13));
      }
      callers.shutdown();
    }
    assertThat(batchLengths.stream().mapToInt(List::size).sum()).isEqualTo(200);
    assertThat(batchLengths).allSatisfy(b -> {
      assertThat(b.size()).isLessThanOrEqualTo(16);
      assertThat(b.size() * Collections.max(b)).isLessThanOrEqualTo(64);
    });
    assertThat(batchLengths.stream().anyMatch(b -> b.size() > 1)).isTrue();
    assertThat(registry.get(InferenceMetrics.BATCH_SIZE).tag("model", "m").summary().count())
        .isEqualTo(batchLengths.size());
    assertThat(registry.get(InferenceMetrics.DEVICE).tag("device", "cpu").gauge().value()).isEqualTo(1.0);
  }

  @Test
  void aCallQueuedBehindALongCallRunsInTheNextRoundNotAfterAllOfIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<List<Long>> batches = Collections.synchronizedList(new ArrayList<>());
    BatchExecutor<Long> executor = batch -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      batches.add(batch.stream().map(t -> t.ids()[0]).toList());
      return batch.stream().map(TokenBudgetBatcherTest::sum).toList();
    };
    BatcherSettings settings = new BatcherSettings(64, 8, Duration.ZERO, 128);
    try (TokenBudgetBatcher<Long> batcher = new TokenBudgetBatcher<>("fair", executor, settings,
        InferenceMetrics.discarding("m", "1", "cpu"))) {
      CompletableFuture<Long> blocker = batcher.submit(seq(9, 9, 9, 9, 9, 9, 9, 9));
      Thread.sleep(100);
      List<TokenizedText> longDocument = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        longDocument.add(seq(1, 1, 1, 1, 1, 1, 1, 1));
      }
      CompletableFuture<List<Long>> longResults = CompletableFuture.supplyAsync(() -> batcher.run(longDocument));
      Thread.sleep(100);
      CompletableFuture<Long> shortDocument = batcher.submit(seq(2, 2, 2, 2, 2, 2, 2, 2));
      release.countDown();
      assertThat(shortDocument.get(5, TimeUnit.SECONDS)).isEqualTo(16L);
      assertThat(blocker.get(5, TimeUnit.SECONDS)).isEqualTo(72L);
      assertThat(longResults.get(5, TimeUnit.SECONDS)).hasSize(40).containsOnly(8L);
    }
    int shortBatch = -1;
    int lastLongBatch = -1;
    for (int i = 0; i < batches.size(); i++) {
      shortBatch = batches.get(i).contains(2L) ? i : shortBatch;
      lastLongBatch = batches.get(i).contains(1L) ? i : lastLongBatch;
    }
    // The long call is five budgets of 64 tokens; the short call, queued after all of it, shares
    // the first round instead of waiting for the last.
    assertThat(shortBatch).isLessThanOrEqualTo(2);
    assertThat(lastLongBatch).isGreaterThanOrEqualTo(5);
    assertThat(batches).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(8));
  }

  @Test
  void fullQueueBlocksCallersInsteadOfGrowing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    BatchExecutor<Long> blocked = batch -> {
      running.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return batch.stream().map(TokenBudgetBatcherTest::sum).toList();
    };
    BatcherSettings settings = new BatcherSettings(1000, 1, Duration.ZERO, 2);
    try (TokenBudgetBatcher<Long> batcher = new TokenBudgetBatcher<>("blocked", blocked, settings,
        InferenceMetrics.discarding("m", "1", "cpu"))) {
      CompletableFuture<Long> first = batcher.submit(seq(1));
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      batcher.submit(seq(2));
      batcher.submit(seq(3));
      CompletableFuture<CompletableFuture<Long>> fourth = CompletableFuture.supplyAsync(() -> batcher.submit(seq(4)));
      Thread.sleep(200);
      assertThat(fourth).isNotDone();
      release.countDown();
      assertThat(fourth.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS)).isEqualTo(4L);
      assertThat(first.get()).isEqualTo(1L);
    }
  }

  @Test
  void failuresReachTheCallersOfThatBatchAndCloseRejectsNewWork() {
    BatchExecutor<Long> failing = batch -> {
      throw new IllegalStateException("boom");
    };
    TokenBudgetBatcher<Long> batcher = new TokenBudgetBatcher<>("failing", failing, BatcherSettings.defaults(),
        InferenceMetrics.discarding("m", "1", "cpu"));
    assertThatThrownBy(() -> batcher.process(seq(1))).hasMessage("boom");
    batcher.close();
    batcher.close();
    assertThatThrownBy(() -> batcher.submit(seq(1))).hasMessageContaining("closed");
  }
}
