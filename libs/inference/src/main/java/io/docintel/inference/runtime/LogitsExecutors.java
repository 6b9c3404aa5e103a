package io.docintel.inference.runtime;

import io.docintel.inference.batch.BatchExecutor;
import io.docintel.inference.batch.PaddedBatch;
import io.docintel.inference.model.LoadedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Batch executors for classifier heads: {@link #perSequence} returns one logits row per
 * sequence ({@code [batch, labels]}), {@link #perToken} one row per real token
 * ({@code [batch, length, labels]}, padding cut off). The model belongs to its loader.
 */
public final class LogitsExecutors {

  private static final Set<String> LOGITS = Set.of("logits");

  private LogitsExecutors() {
  }

  public static BatchExecutor<float[]> perSequence(LoadedModel model) {
    long padId = Math.max(0, model.config().padTokenId());
    return batch -> {
      FloatTensor logits = EncoderExecution.run(model.session(), PaddedBatch.of(batch, padId), LOGITS);
      List<float[]> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        out.add(logits.row(i));
      }
      return out;
    };
  }

  public static BatchExecutor<float[][]> perToken(LoadedModel model) {
    long padId = Math.max(0, model.config().padTokenId());
    return batch -> {
      FloatTensor logits = EncoderExecution.run(model.session(), PaddedBatch.of(batch, padId), LOGITS);
      List<float[][]> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        float[][] rows = new float[batch.get(i).length()][];
        for (int t = 0; t < rows.length; t++) {
          rows[t] = logits.row(i, t);
        }
        out.add(rows);
      }
      return out;
    };
  }
}
