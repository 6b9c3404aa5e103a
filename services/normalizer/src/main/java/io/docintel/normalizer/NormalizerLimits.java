package io.docintel.normalizer;

import java.time.Duration;

/**
 * The knobs of {@link DocumentNormalizer}: the largest document accepted (bytes of the file, or
 * UTF-8 bytes of posted text), the text extraction limits, and the chunk token budget and
 * sentence overlap.
 */
public record NormalizerLimits(
    long maxDocumentBytes, TextExtractor.Limits extraction, int chunkTokens, int chunkOverlapSentences) {

  /** 10 MiB documents, {@link TextExtractor.Limits#DEFAULTS}, 256-token chunks overlapping by one sentence. */
  public static final NormalizerLimits DEFAULTS = new NormalizerLimits(
      10L * 1024 * 1024, TextExtractor.Limits.DEFAULTS, Chunker.DEFAULT_MAX_TOKENS, Chunker.DEFAULT_OVERLAP_SENTENCES);

  public NormalizerLimits {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    if (extraction == null) {
      throw new IllegalArgumentException("extraction limits are required");
    }
    if (chunkTokens < 1 || chunkOverlapSentences < 0) {
      throw new IllegalArgumentException(
          "chunk budget must be positive and overlap not negative: " + chunkTokens + ", " + chunkOverlapSentences);
    }
  }

  public NormalizerLimits withMaxDocumentBytes(long bytes) {
    return new NormalizerLimits(bytes, extraction, chunkTokens, chunkOverlapSentences);
  }

  public NormalizerLimits withExtraction(TextExtractor.Limits limits) {
    return new NormalizerLimits(maxDocumentBytes, limits, chunkTokens, chunkOverlapSentences);
  }

  public NormalizerLimits withExtractionTimeout(Duration timeout) {
    TextExtractor.Limits e = extraction;
    return withExtraction(new TextExtractor.Limits(e.maxCharacters(), timeout, e.maxCompressionRatio(), e.maxEmbeddingDepth()));
  }

  public NormalizerLimits withChunking(int tokens, int overlapSentences) {
    return new NormalizerLimits(maxDocumentBytes, extraction, tokens, overlapSentences);
  }
}
