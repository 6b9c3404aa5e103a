package io.docintel.inference.pipeline.seq2seq;

/**
 * Decoding options, as in Hugging Face's {@code generate}: {@code numBeams = 1} is greedy;
 * {@code noRepeatNgramSize = 0} disables the n-gram ban; beam scores are sum of log
 * probabilities divided by {@code length ^ lengthPenalty} (length = generated tokens,
 * end-of-sequence included); {@code earlyStopping} ends beam search as soon as
 * {@code numBeams} hypotheses are finished.
 */
public record GenerationSettings(int maxNewTokens, int numBeams, int noRepeatNgramSize, double lengthPenalty,
    boolean earlyStopping) {

  public GenerationSettings {
    if (maxNewTokens <= 0 || numBeams <= 0 || noRepeatNgramSize < 0) {
      throw new IllegalArgumentException("maxNewTokens and numBeams must be positive, noRepeatNgramSize >= 0");
    }
  }

  public static GenerationSettings greedy(int maxNewTokens) {
    return new GenerationSettings(maxNewTokens, 1, 0, 1.0, false);
  }

  public static GenerationSettings beam(int maxNewTokens, int numBeams) {
    return new GenerationSettings(maxNewTokens, numBeams, 0, 1.0, false);
  }

  public GenerationSettings withNoRepeatNgramSize(int n) {
    return new GenerationSettings(maxNewTokens, numBeams, n, lengthPenalty, earlyStopping);
  }

  public GenerationSettings withLengthPenalty(double penalty) {
    return new GenerationSettings(maxNewTokens, numBeams, noRepeatNgramSize, penalty, earlyStopping);
  }

  public GenerationSettings withEarlyStopping(boolean early) {
    return new GenerationSettings(maxNewTokens, numBeams, noRepeatNgramSize, lengthPenalty, early);
  }
}
