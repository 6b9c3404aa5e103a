package io.docintel.normalizer;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups consecutive whole sentences of a clean text into chunks that fit a model's token
 * budget, counting tokens with a {@link TokenCounter}.
 *
 * <ul>
 *   <li><b>Budget:</b> every chunk holds at most {@code maxTokens} tokens of its own text
 *       (special tokens excluded, so the caller leaves room for {@code [CLS]}/{@code [SEP]}).
 *   <li><b>Overlap:</b> a chunk starts with the last {@code overlapSentences} sentences of the
 *       chunk before it, fewer when those plus the next new sentence would not fit the budget;
 *       every chunk holds at least one sentence its predecessor did not.
 *   <li><b>Long sentences:</b> a sentence longer than the budget is cut at whitespace into pieces
 *       that fit (at character boundaries if a single word is longer than the budget); each piece
 *       then counts as a sentence of its own, in {@link Chunking#sentences()}.
 *   <li><b>Coverage:</b> the first chunk starts at the first sentence, the last ends at the last;
 *       between neighbours there is overlap or only whitespace.
 *   <li><b>Counting:</b> sentences and words are measured with a {@link TokenLayout} (one encoding of
 *       the whole text, for a model tokenizer); each chunk and each piece of a cut sentence is then
 *       encoded on its own, and that exact count decides whether it fits.
 * </ul>
 *
 * Thread-safe if its {@link TokenCounter} is.
 */
public final class Chunker {

  /** Default token budget of a chunk: what MiniLM-sized encoders read comfortably. */
  public static final int DEFAULT_MAX_TOKENS = 256;
  /** Default number of sentences neighbouring chunks share. */
  public static final int DEFAULT_OVERLAP_SENTENCES = 1;

  /** The result: the sentences the chunks index (long ones cut into pieces), and the chunks. */
  public record Chunking(List<Span> sentences, List<Chunk> chunks) {}

  private final TokenCounter counter;
  private final int maxTokens;
  private final int overlapSentences;

  public Chunker(TokenCounter counter) {
    this(counter, DEFAULT_MAX_TOKENS, DEFAULT_OVERLAP_SENTENCES);
  }

  public Chunker(TokenCounter counter, int maxTokens, int overlapSentences) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1: " + maxTokens);
    }
    if (overlapSentences < 0) {
      throw new IllegalArgumentException("overlapSentences must not be negative: " + overlapSentences);
    }
    this.counter = Objects.requireNonNull(counter, "counter");
    this.maxTokens = maxTokens;
    this.overlapSentences = overlapSentences;
  }

  /** Chunks {@code text}, whose {@code sentences} are in order and do not overlap. */
  public Chunking chunk(String text, List<Span> sentences) {
    return chunk(text, sentences, counter.layout(text));
  }

  /** As above, measuring sentences and words with {@code layout}, which must be of {@code text}. */
  public Chunking chunk(String text, List<Span> sentences, TokenLayout layout) {
    List<Span> units = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>();
    for (Span sentence : sentences) {
      int estimate = layout.tokensIn(sentence.getStart(), sentence.getEnd());
      if (estimate <= maxTokens) {
        units.add(sentence);
        tokens.add(estimate);
      } else {
        addPieces(text, layout, sentence, units, tokens);
      }
    }
    return new Chunking(units, group(text, layout, units, tokens));
  }

  private void addPieces(String text, TokenLayout layout, Span sentence, List<Span> units, List<Integer> tokens) {
    for (Span piece : cutToBudget(text, layout, sentence.getStart(), sentence.getEnd())) {
      units.add(piece);
      tokens.add(layout.tokensIn(piece.getStart(), piece.getEnd()));
    }
  }

  /** Groups units into chunks; a unit found over budget on its own is cut in place into pieces. */
  private List<Chunk> group(String text, TokenLayout layout, List<Span> units, List<Integer> tokens) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int covered = 0;
    while (start < units.size()) {
      int n = units.size();
      int end = start + 1;
      int sum = tokens.get(start);
      while (end < n && sum + tokens.get(end) <= maxTokens) {
        sum += tokens.get(end);
        end++;
      }
      // Estimates can undercount (and a tokenizer need not be additive); the chunk's own count decides.
      int actual = count(text, units.get(start).getStart(), units.get(end - 1).getEnd());
      while (actual > maxTokens && end - start > 1) {
        end--;
        actual = count(text, units.get(start).getStart(), units.get(end - 1).getEnd());
      }
      if (actual > maxTokens) {
        if (start < covered) {
          // An overlap sentence that does not fit on its own: the next chunk starts after it.
          start = covered;
          continue;
        }
        if (cutInPlace(text, layout, units, tokens, start)) {
          continue;
        }
      }
      chunks.add(new Chunk(chunks.size(),
          new Span(units.get(start).getStart(), units.get(end - 1).getEnd()), start, end - start, actual));
      covered = end;
      if (end == n) {
        break;
      }
      int next = Math.max(start + 1, end - overlapSentences);
      while (next < end && tokensBetween(tokens, next, end + 1) > maxTokens) {
        next++;
      }
      start = next;
    }
    return chunks;
  }

  /**
   * Replaces the unit at {@code index}, over budget on its own, by the pieces it cuts into; false
   * when it cannot be cut further (a single character the tokenizer makes more tokens of than the budget).
   */
  private boolean cutInPlace(String text, TokenLayout layout, List<Span> units, List<Integer> tokens, int index) {
    List<Span> pieces = new ArrayList<>();
    List<Integer> pieceTokens = new ArrayList<>();
    addPieces(text, layout, units.get(index), pieces, pieceTokens);
    if (pieces.size() == 1 && pieces.get(0).equals(units.get(index))) {
      return false;
    }
    units.remove(index);
    tokens.remove(index);
    units.addAll(index, pieces);
    tokens.addAll(index, pieceTokens);
    return true;
  }

  private static int tokensBetween(List<Integer> tokens, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      sum += tokens.get(i);
    }
    return sum;
  }

  /**
   * Cuts [start, end) at whitespace into pieces of at most maxTokens tokens each. Words are
   * measured with the layout; a piece whose own count is over budget gives back words from its end
   * until it fits, and a word over budget on its own is cut inside.
   */
  private List<Span> cutToBudget(String text, TokenLayout layout, int start, int end) {
    List<Span> words = new ArrayList<>();
    for (int i = start; i < end; ) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (wordStart < i) {
        words.add(new Span(wordStart, i));
      }
    }
    List<Span> pieces = new ArrayList<>();
    int first = 0;
    while (first < words.size()) {
      Span word = words.get(first);
      int last = first;
      int sum = layout.tokensIn(word.getStart(), word.getEnd());
      while (last + 1 < words.size()) {
        Span next = words.get(last + 1);
        int nextTokens = layout.tokensIn(next.getStart(), next.getEnd());
        if (sum + nextTokens > maxTokens) {
          break;
        }
        sum += nextTokens;
        last++;
      }
      while (last > first && count(text, word.getStart(), words.get(last).getEnd()) > maxTokens) {
        last--;
      }
      if (last == first && count(text, word.getStart(), word.getEnd()) > maxTokens) {
        pieces.addAll(cutWord(text, word.getStart(), word.getEnd()));
      } else {
        pieces.add(new Span(word.getStart(), words.get(last).getEnd()));
      }
      first = last + 1;
    }
    return pieces;
  }

  /** Cuts a word longer than the budget at code point boundaries, each piece as long as fits (at least one code point). */
  private List<Span> cutWord(String text, int start, int end) {
    List<Integer> boundaries = new ArrayList<>();
    for (int i = start; i < end; i = text.offsetByCodePoints(i, 1)) {
      boundaries.add(text.offsetByCodePoints(i, 1));
    }
    List<Span> pieces = new ArrayList<>();
    int from = start;
    int first = 0;
    while (from < end) {
      int best = first;
      int low = first + 1;
      int high = boundaries.size() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        if (count(text, from, boundaries.get(mid)) <= maxTokens) {
          best = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      pieces.add(new Span(from, boundaries.get(best)));
      from = boundaries.get(best);
      first = best + 1;
    }
    return pieces;
  }

  private int count(String text, int start, int end) {
    return counter.countTokens(text.substring(start, end));
  }
}
