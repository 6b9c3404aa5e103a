package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic batching for one model, called by many threads at once.
 *
 * <p>Requests queue up (bounded: a full queue blocks callers instead of growing). One worker
 * thread takes the oldest request, gathers companions until the queued tokens reach
 * {@code maxBatchTokens}, a full batch of {@code maxBatchSize} is there, or the oldest has
 * waited {@code maxDelay}; it adds whatever else is already queued, sorts what it gathered by
 * length and runs it as batches within the token budget, each padded only to its own longest
 * sequence ({@link BatchPlanner}). Results complete each caller's future.
 *
 * <p>Owns its worker thread and stops it on {@link #close()}; requests still queued then fail.
 * Does not own the model behind the {@link BatchExecutor}.
 */
public final class TokenBudgetBatcher<R> implements BatchRunner<R>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TokenBudgetBatcher.class);

  private final BatchExecutor<R> executor;
  private final BatcherSettings settings;
  private final InferenceMetrics metrics;
  private final BlockingQueue<Request<R>> queue;
  private final Thread worker;
  private volatile boolean closed;

  private record Request<R>(TokenizedText sequence, long enqueuedNanos, CompletableFuture<R> result) {
    int length() {
      return sequence.length();
    }
  }

  public TokenBudgetBatcher(String name, BatchExecutor<R> executor, BatcherSettings settings,
      InferenceMetrics metrics) {
    this.executor = executor;
    this.settings = settings;
    this.metrics = metrics;
    this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    metrics.queueDepth(queue);
    this.worker = new Thread(this::work, "docintel-batcher-" + name);
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues one sequence; blocks while the queue is full. */
  public CompletableFuture<R> submit(TokenizedText sequence) {
    Request<R> request = new Request<>(sequence, System.nanoTime(), new CompletableFuture<>());
    try {
      while (!queue.offer(request, 50, TimeUnit.MILLISECONDS)) {
        ensureOpen();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for room in the batcher queue", e);
    }
    ensureOpen();
    return request.result();
  }

  /** Runs one sequence through the batcher and waits for its result. */
  public R process(TokenizedText sequence) {
    return await(submit(sequence));
  }

  /** Queues all sequences, then waits for all results, in input order. */
  @Override
  public List<R> run(List<TokenizedText> sequences) {
    List<CompletableFuture<R>> futures = new ArrayList<>(sequences.size());
    for (TokenizedText s : sequences) {
      futures.add(submit(s));
    }
    List<R> out = new ArrayList<>(futures.size());
    for (CompletableFuture<R> f : futures) {
      out.add(await(f));
    }
    return out;
  }

  private R await(CompletableFuture<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for inference", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new CompletionException(e.getCause());
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("Batcher is closed");
    }
  }

  private void work() {
    try {
      while (!closed) {
        Request<R> first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first != null) {
          runGathered(gather(first));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      List<Request<R>> left = new ArrayList<>();
      queue.drainTo(left);
      IllegalStateException closedError = new IllegalStateException("Batcher closed before this request ran");
      left.forEach(r -> r.result().completeExceptionally(closedError));
    }
  }

  private List<Request<R>> gather(Request<R> first) throws InterruptedException {
    List<Request<R>> pending = new ArrayList<>();
    pending.add(first);
    long tokens = first.length();
    long deadline = first.enqueuedNanos() + settings.maxDelay().toNanos();
    while (tokens < settings.maxBatchTokens() && pending.size() < settings.maxBatchSize()) {
      long wait = deadline - System.nanoTime();
      Request<R> next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        break;
      }
      pending.add(next);
      tokens += next.length();
    }
    // Whatever else already waits joins too, so that length grouping has more to choose from.
    queue.drainTo(pending, settings.maxBatchSize() * 8);
    return pending;
  }

  private void runGathered(List<Request<R>> pending) {
    for (List<Request<R>> batch : BatchPlanner.plan(pending, Request::length, settings.maxBatchTokens(),
        settings.maxBatchSize())) {
      long start = System.nanoTime();
      int[] lengths = new int[batch.size()];
      List<TokenizedText> sequences = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        Request<R> r = batch.get(i);
        metrics.recordQueueWait(start - r.enqueuedNanos());
        lengths[i] = r.length();
        sequences.add(r.sequence());
      }
      try {
        List<R> results = executor.execute(sequences);
        if (results.size() != batch.size()) {
          throw new IllegalStateException("Executor returned " + results.size() + " results for "
              + batch.size() + " sequences");
        }
        metrics.recordBatch(batch.size(), BatchPlanner.paddingRatio(lengths), System.nanoTime() - start);
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).result().complete(results.get(i));
        }
      } catch (RuntimeException e) {
        LOG.warn("Batch of {} sequences failed: {}", batch.size(), e.toString());
        batch.forEach(r -> r.result().completeExceptionally(e));
      }
    }
  }

  /** Stops the worker after the batch in progress; queued requests fail. Safe to call twice. */
  @Override
  public void close() {
    closed = true;
    try {
      worker.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
