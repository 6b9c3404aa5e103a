package io.docintel.inference.pipeline.embedding;

import io.docintel.inference.batch.BatchExecutor;
import io.docintel.inference.batch.PaddedBatch;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.Pooling;
import io.docintel.inference.runtime.EncoderExecution;
import io.docintel.inference.runtime.FloatTensor;
import io.docintel.inference.tokenize.TokenizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Feature extraction on one batch: pad, run the encoder, pool (mean or CLS, per the model's
 * manifest) and L2-normalise. Holds no resources; the model belongs to its loader.
 */
public final class EmbeddingExecutor implements BatchExecutor<float[]> {

  private static final Set<String> OUTPUTS = Set.of("last_hidden_state", "token_embeddings");

  private final LoadedModel model;
  private final Pooling pooling;
  private final long padId;

  public EmbeddingExecutor(LoadedModel model) {
    this.model = model;
    this.pooling = model.manifest().pooling();
    this.padId = Math.max(0, model.config().padTokenId());
  }

  @Override
  public List<float[]> execute(List<TokenizedText> batch) {
    PaddedBatch padded = PaddedBatch.of(batch, padId);
    FloatTensor hidden = EncoderExecution.run(model.session(), padded, OUTPUTS);
    return Arrays.asList(SentencePooling.pool(hidden, padded.attentionMask(), pooling, true));
  }
}
