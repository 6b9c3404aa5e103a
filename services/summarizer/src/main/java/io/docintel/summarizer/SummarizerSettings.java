package io.docintel.summarizer;

import io.docintel.common.config.Setting;
import io.docintel.summarizer.rank.SummaryLength;
import java.util.List;
import java.util.function.Function;

/** The summarizer's own settings, on top of {@code ServiceSettings}. */
public final class SummarizerSettings {

  public static final Setting<String> MODEL =
      Setting.string("summarizer.model", "minilm-l6-q", "embedding model: shipped name or model folder");
  public static final Setting<SummaryLength> LENGTH =
      Setting.of("summarizer.length", SummaryLength::parse, SummaryLength.sentences(5),
          "summary length: sentences (5) or share of the document's sentences (0.2 or 20%)");
  public static final Setting<Double> MMR_LAMBDA =
      Setting.of("summarizer.mmr.lambda", unitInterval(), 0.5, "MMR trade-off: 1 = relevance only, lower = more diverse");
  public static final Setting<Double> POSITION_WEIGHT =
      Setting.of("summarizer.position.weight", unitInterval(), 0.05,
          "bonus for the first sentence, falling linearly to 0 at the end; added to centrality");
  public static final Setting<Integer> CHUNK_SENTENCES =
      Setting.count("summarizer.chunk.sentences", 3, "sentences picked from each chunk of a long document");
  public static final Setting<Integer> MAX_CHUNKS =
      Setting.count("summarizer.max.chunks", 64, "chunks read at most; the rest is left out of the summary");
  public static final Setting<Integer> MIN_SENTENCE_CHARS =
      Setting.integer("summarizer.min.sentence.chars", 15, "shorter sentences (headings) are not picked");
  public static final Setting<Integer> MAX_SENTENCE_CHARS =
      Setting.integer("summarizer.max.sentence.chars", 1000,
          "longer sentences are not picked, and the embedder sees only this many characters");
  public static final Setting<String> ABSTRACTIVE_MODEL =
      Setting.string("summarizer.abstractive.model", "",
          "folder of a seq2seq ONNX export; when set, summaries are generated instead of extracted");
  public static final Setting<Integer> ABSTRACTIVE_MAX_TOKENS =
      Setting.count("summarizer.abstractive.max.tokens", 96, "tokens generated at most per summary");
  public static final Setting<Integer> ABSTRACTIVE_BEAMS =
      Setting.count("summarizer.abstractive.beams", 2, "beam width of generation; 1 is greedy");

  public static final List<Setting<?>> ALL = List.of(MODEL, LENGTH, MMR_LAMBDA, POSITION_WEIGHT, CHUNK_SENTENCES,
      MAX_CHUNKS, MIN_SENTENCE_CHARS, MAX_SENTENCE_CHARS, ABSTRACTIVE_MODEL, ABSTRACTIVE_MAX_TOKENS, ABSTRACTIVE_BEAMS);

  private SummarizerSettings() {}

  private static Function<String, Double> unitInterval() {
    return text -> {
      double value = Double.parseDouble(text);
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("expected a number within [0, 1]");
      }
      return value;
    };
  }
}
