package io.docintel.normalizer;

import io.docintel.common.config.Setting;
import java.util.List;

/** The normalizer's own settings, on top of {@code ServiceSettings}. */
public final class NormalizerSettings {

  public static final Setting<Long> MAX_DOCUMENT_BYTES =
      Setting.bytes("normalizer.max.document.bytes", 10L * 1024 * 1024,
          "larger documents go to the dead-letter topic (e.g. 10MiB)");
  public static final Setting<Integer> CHUNK_TOKENS =
      Setting.count("normalizer.chunk.tokens", 256, "token budget of one chunk");
  public static final Setting<Integer> CHUNK_OVERLAP_SENTENCES =
      Setting.integer("normalizer.chunk.overlap.sentences", 1, "sentences neighbouring chunks share");
  public static final Setting<String> TOKENIZER =
      Setting.string("normalizer.tokenizer", "minilm-l6-q", "shipped model name or model folder whose tokenizer counts tokens");

  public static final List<Setting<?>> ALL = List.of(MAX_DOCUMENT_BYTES, CHUNK_TOKENS, CHUNK_OVERLAP_SENTENCES, TOKENIZER);

  private NormalizerSettings() {}
}
