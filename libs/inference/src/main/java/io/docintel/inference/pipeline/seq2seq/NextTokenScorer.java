package io.docintel.inference.pipeline.seq2seq;

import java.util.List;

/**
 * The model side of decoding: next-token logits for each running sequence. {@code parents[i]}
 * is the row, in the previous call, that sequence {@code i} extends (so a KV cache can be
 * reordered); on the first call every parent is 0.
 */
public interface NextTokenScorer {

  float[][] nextLogits(List<long[]> sequences, int[] parents);
}
