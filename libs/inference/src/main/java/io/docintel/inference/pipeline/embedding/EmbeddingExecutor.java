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
 * manifest) and L2-normalise. The token states are pooled where ONNX Runtime wrote them (a reused
 * per-thread buffer) instead of being copied onto the Java heap, when the model declares its hidden
 * size. Holds no resources; the model belongs to its loader.
 */
public final class EmbeddingExecutor implements BatchExecutor<float[]> {

  private static final Set<String> OUTPUTS = Set.of("last_hidden_state", "token_embeddings");

  private final LoadedModel model;
  private final Pooling pooling;
  private final long padId;
  private final int width;

  public EmbeddingExecutor(LoadedModel model) {
    this.model = model;
    this.pooling = model.manifest().pooling();
    this.padId = Math.max(0, model.config().padTokenId());
    this.width = EncoderExecution.lastDimension(model.session(), OUTPUTS);
  }

  @Override
  public List<float[]> execute(List<TokenizedText> batch) {
    PaddedBatch padded = PaddedBatch.of(batch, padId);
    if (width > 0) {
      return Arrays.asList(EncoderExecution.runPinned(model.session(), padded, OUTPUTS, width, hidden ->
          SentencePooling.pool(hidden, padded.size(), padded.length(), width, padded.attentionMask(), pooling, true)));
    }
    FloatTensor hidden = EncoderExecution.run(model.session(), padded, OUTPUTS);
    return Arrays.asList(SentencePooling.pool(hidden, padded.attentionMask(), pooling, true));
  }
}
