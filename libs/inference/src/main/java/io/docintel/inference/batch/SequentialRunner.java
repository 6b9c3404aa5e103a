package io.docintel.inference.batch;

import io.docintel.inference.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain loop: cuts the sequences into batches of {@code batchSize} in arrival order and
 * runs them one after the other on the caller's thread. No queue, no regrouping.
 */
public final class SequentialRunner<R> implements BatchRunner<R> {

  private final BatchExecutor<R> executor;
  private final int batchSize;

  public SequentialRunner(BatchExecutor<R> executor, int batchSize) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.executor = executor;
    this.batchSize = batchSize;
  }

  @Override
  public List<R> run(List<TokenizedText> sequences) {
    List<R> out = new ArrayList<>(sequences.size());
    for (int from = 0; from < sequences.size(); from += batchSize) {
      out.addAll(executor.execute(sequences.subList(from, Math.min(sequences.size(), from + batchSize))));
    }
    return out;
  }
}
