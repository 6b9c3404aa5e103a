package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic batching for one model, called by many threads at once.
 *
 * <p>Requests queue up (bounded: a full queue blocks callers instead of growing). One worker
 * thread takes the oldest request and gathers companions until the waiting tokens reach
 * {@code maxBatchTokens}, a full batch of {@code maxBatchSize} is there, or the oldest has
 * waited {@code maxDelay}, then takes whatever else is already queued. Of what waits it runs a
 * round of at most two token budgets, taken from each call in turn ({@link #run} of a list is
 * one call, e.g. one document's sentences): sorted by length and cut into batches within the
 * budget, each padded only to its own longest sequence ({@link BatchPlanner}). The rest waits for
 * the next round, which requests queued meanwhile join, so a short document submitted while a long
 * one is being embedded waits a round, not the whole long document. Results complete each
 * caller's future.
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
  private final AtomicLong calls = new AtomicLong();
  private volatile boolean closed;

  private record Request<R>(TokenizedText sequence, long call, long enqueuedNanos, CompletableFuture<R> result) {
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
    return submit(sequence, calls.incrementAndGet());
  }

  private CompletableFuture<R> submit(TokenizedText sequence, long call) {
    Request<R> request = new Request<>(sequence, call, System.nanoTime(), new CompletableFuture<>());
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
    long call = calls.incrementAndGet();
    for (TokenizedText s : sequences) {
      futures.add(submit(s, call));
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
    List<Request<R>> waiting = new ArrayList<>();
    try {
      while (!closed) {
        if (waiting.isEmpty()) {
          Request<R> first = queue.poll(50, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          waiting.add(first);
        }
        gather(waiting);
        runGathered(takeRound(waiting));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      queue.drainTo(waiting);
      IllegalStateException closedError = new IllegalStateException("Batcher closed before this request ran");
      waiting.forEach(r -> r.result().completeExceptionally(closedError));
    }
  }

  /** Adds queued requests to {@code waiting} (oldest first) as the class describes. */
  private void gather(List<Request<R>> waiting) throws InterruptedException {
    long tokens = 0;
    for (Request<R> r : waiting) {
      tokens += r.length();
    }
    long deadline = waiting.get(0).enqueuedNanos() + settings.maxDelay().toNanos();
    while (tokens < settings.maxBatchTokens() && waiting.size() < settings.maxBatchSize()) {
      long wait = deadline - System.nanoTime();
      Request<R> next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        break;
      }
      waiting.add(next);
      tokens += next.length();
    }
    // What else already waits joins too, so that length grouping has more to choose from; the
    // queue's capacity also bounds what the worker holds.
    queue.drainTo(waiting, Math.max(0, settings.queueCapacity() - waiting.size()));
  }

  /**
   * Removes and returns a round: up to two token budgets (and two full batches) of the waiting
   * requests, one from each call in turn, calls in the order they first queued.
   */
  private List<Request<R>> takeRound(List<Request<R>> waiting) {
    Map<Long, ArrayDeque<Request<R>>> byCall = new LinkedHashMap<>();
    for (Request<R> r : waiting) {
      byCall.computeIfAbsent(r.call(), c -> new ArrayDeque<>()).add(r);
    }
    List<Request<R>> round = new ArrayList<>();
    long tokens = 0;
    long tokenLimit = 2L * settings.maxBatchTokens();
    int sizeLimit = 2 * settings.maxBatchSize();
    while (tokens < tokenLimit && round.size() < sizeLimit && !byCall.isEmpty()) {
      Iterator<ArrayDeque<Request<R>>> calls = byCall.values().iterator();
      while (calls.hasNext() && tokens < tokenLimit && round.size() < sizeLimit) {
        ArrayDeque<Request<R>> call = calls.next();
        Request<R> next = call.poll();
        round.add(next);
        tokens += next.length();
        if (call.isEmpty()) {
          calls.remove();
        }
      }
    }
    waiting.clear();
    byCall.values().forEach(waiting::addAll);
    return round;
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
