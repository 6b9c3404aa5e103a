package io.docintel.inference.batch;

import java.time.Duration;
import java.util.Map;

/**
 * Dynamic batching limits, from {@code DOCINTEL_INFERENCE_*} environment variables:
 * <ul>
 *   <li>{@code MAX_BATCH_TOKENS} — padded tokens (batch size × longest) per batch (default 2048: larger
 *       batches run no faster on CPU, and ONNX Runtime's memory arena grows with the largest batch's
 *       attention matrices)</li>
 *   <li>{@code MAX_BATCH_SIZE} — sequences per batch (default 64)</li>
 *   <li>{@code MAX_DELAY_MS} — longest a request waits for companions before its batch runs (default 1;
 *       callers submit a document's texts together, so companions from one caller are already queued)</li>
 *   <li>{@code QUEUE_CAPACITY} — queued requests before callers block (default 1024)</li>
 * </ul>
 */
public record BatcherSettings(int maxBatchTokens, int maxBatchSize, Duration maxDelay, int queueCapacity) {

  public static final String MAX_BATCH_TOKENS = "DOCINTEL_INFERENCE_MAX_BATCH_TOKENS";
  public static final String MAX_BATCH_SIZE = "DOCINTEL_INFERENCE_MAX_BATCH_SIZE";
  public static final String MAX_DELAY_MS = "DOCINTEL_INFERENCE_MAX_DELAY_MS";
  public static final String QUEUE_CAPACITY = "DOCINTEL_INFERENCE_QUEUE_CAPACITY";

  public BatcherSettings {
    if (maxBatchTokens <= 0 || maxBatchSize <= 0 || queueCapacity <= 0 || maxDelay.isNegative()) {
      throw new IllegalArgumentException("batcher limits must be positive: " + maxBatchTokens + ", "
          + maxBatchSize + ", " + maxDelay + ", " + queueCapacity);
    }
  }

  public static BatcherSettings defaults() {
    return new BatcherSettings(2048, 64, Duration.ofMillis(1), 1024);
  }

  public static BatcherSettings fromEnv(Map<String, String> env) {
    BatcherSettings d = defaults();
    return new BatcherSettings(
        intOr(env, MAX_BATCH_TOKENS, d.maxBatchTokens()),
        intOr(env, MAX_BATCH_SIZE, d.maxBatchSize()),
        Duration.ofMillis(intOr(env, MAX_DELAY_MS, (int) d.maxDelay().toMillis())),
        intOr(env, QUEUE_CAPACITY, d.queueCapacity()));
  }

  private static int intOr(Map<String, String> env, String key, int fallback) {
    String raw = env.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": expected an integer but was '" + raw + "'", e);
    }
  }
}
