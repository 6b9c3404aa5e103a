package io.docintel.inference.pipeline.seq2seq;

/**
 * Generated token ids (decoder start excluded, end-of-sequence included if reached), the
 * length-normalised log-probability score, and whether end-of-sequence was reached.
 */
public record GeneratedSequence(long[] tokens, double score, boolean finished) {
}
