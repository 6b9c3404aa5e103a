package io.docintel.summarizer.abstractive;

import io.docintel.inference.pipeline.seq2seq.Generation;
import io.docintel.inference.pipeline.seq2seq.GenerationSettings;
import io.docintel.inference.pipeline.seq2seq.Seq2SeqGenerator;
import io.docintel.schemas.Chunk;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generated summaries from a seq2seq model (an Optimum export the user brings; none ships).
 * A document of one chunk is summarized in one generation; a longer one hierarchically: each
 * chunk's text (at most {@code maxChunks} of them) is summarized, then the chunk summaries,
 * joined, are summarized again. Thread-safe; does not own the generator's model.
 */
public final class AbstractiveSummarizer {

  private final Seq2SeqGenerator generator;
  private final GenerationSettings settings;
  private final int maxChunks;

  public AbstractiveSummarizer(Seq2SeqGenerator generator, GenerationSettings settings, int maxChunks) {
    if (maxChunks < 1) {
      throw new IllegalArgumentException("maxChunks must be positive");
    }
    this.generator = generator;
    this.settings = settings;
    this.maxChunks = maxChunks;
  }

  public AbstractiveSummary summarize(String text, List<Chunk> chunks) {
    long start = System.nanoTime();
    Generation result;
    int covered;
    if (chunks.size() <= 1) {
      result = generator.generate(text, settings);
      covered = chunks.size();
    } else {
      List<Chunk> read = chunks.subList(0, Math.min(maxChunks, chunks.size()));
      StringBuilder joined = new StringBuilder();
      for (Chunk chunk : read) {
        String part = generator.generate(
            text.substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd()), settings).text().strip();
        if (!part.isEmpty()) {
          joined.append(joined.length() == 0 ? "" : " ").append(part);
        }
      }
      result = generator.generate(joined.toString(), settings);
      covered = read.size();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new AbstractiveSummary(sentences(result.text()), result.score(), covered, chunks.size(), millis);
  }

  /** The generated text cut into sentences by the JDK's rules; the text itself if it has none. */
  static List<String> sentences(String generated) {
    List<String> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(generated);
    for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String sentence = generated.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
