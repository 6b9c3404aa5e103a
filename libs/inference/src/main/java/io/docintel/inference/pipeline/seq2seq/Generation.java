package io.docintel.inference.pipeline.seq2seq;

import io.docintel.inference.model.ModelIdentity;

/**
 * Generated text (special tokens removed), its token ids, the hypothesis score, whether
 * end-of-sequence was reached, how many decoder steps ran on the KV cache, and the model.
 */
public record Generation(String text, long[] tokens, double score, boolean finished, int cachedSteps,
    ModelIdentity model) {
}
