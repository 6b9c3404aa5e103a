package io.docintel.normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private final TokenCounter words = new WhitespaceTokenCounter();

  /** Sentences of n words each, "wK.N" naming word K of sentence N, separated by one space. */
  private static String sentences(int... lengths) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < lengths.length; s++) {
      for (int w = 0; w < lengths[s]; w++) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append('w').append(w).append('.').append(s);
      }
    }
    return text.toString();
  }

  private static List<Span> spans(int... lengths) {
    String text = sentences(lengths);
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int s = 0; s < lengths.length; s++) {
      int end = start;
      for (int w = 0; w < lengths[s]; w++) {
        end = text.indexOf(' ', end + 1);
        if (end < 0) {
          end = text.length();
        }
      }
      spans.add(new Span(start, end));
      start = end + 1;
    }
    return spans;
  }

  private static String textOf(String text, Span span) {
    return text.substring(span.getStart(), span.getEnd());
  }

  @Test
  void chunksStayWithinTheBudgetAndCountTheirTokens() {
    int[] lengths = {4, 3, 5, 2, 6, 1, 4, 3};
    String text = sentences(lengths);
    List<Chunk> chunks = new Chunker(words, 10, 1).chunk(text, spans(lengths)).chunks();
    assertThat(chunks).hasSizeGreaterThan(2);
    for (Chunk chunk : chunks) {
      assertThat(chunk.getTokenCount()).isLessThanOrEqualTo(10).isEqualTo(words.countTokens(textOf(text, chunk.getSpan())));
    }
  }

  @Test
  void chunksCoverTheWholeTextInOrder() {
    int[] lengths = {4, 3, 5, 2, 6, 1, 4, 3};
    String text = sentences(lengths);
    Chunker.Chunking chunking = new Chunker(words, 10, 1).chunk(text, spans(lengths));
    List<Chunk> chunks = chunking.chunks();
    assertThat(chunks.get(0).getSpan().getStart()).isZero();
    assertThat(chunks.get(chunks.size() - 1).getSpan().getEnd()).isEqualTo(text.length());
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      assertThat(chunk.getIndex()).isEqualTo(i);
      List<Span> held = chunking.sentences().subList(chunk.getFirstSentence(), chunk.getFirstSentence() + chunk.getSentenceCount());
      assertThat(chunk.getSpan().getStart()).isEqualTo(held.get(0).getStart());
      assertThat(chunk.getSpan().getEnd()).isEqualTo(held.get(held.size() - 1).getEnd());
      if (i > 0) {
        Chunk previous = chunks.get(i - 1);
        // no gap: the next chunk starts inside the previous one or right after it
        assertThat(chunk.getSpan().getStart()).isLessThanOrEqualTo(previous.getSpan().getEnd() + 1);
        assertThat(chunk.getSpan().getEnd()).isGreaterThan(previous.getSpan().getEnd());
      }
    }
  }

  @Test
  void neighboursShareTheConfiguredNumberOfSentences() {
    int[] lengths = {3, 3, 3, 3, 3, 3, 3, 3};
    String text = sentences(lengths);
    List<Chunk> chunks = new Chunker(words, 9, 1).chunk(text, spans(lengths)).chunks();
    // 9 tokens hold 3 sentences; each chunk repeats the last sentence of the one before
    assertThat(chunks).extracting(Chunk::getFirstSentence).containsExactly(0, 2, 4, 6);
    assertThat(chunks).extracting(Chunk::getSentenceCount).containsExactly(3, 3, 3, 2);

    List<Chunk> twoShared = new Chunker(words, 9, 2).chunk(text, spans(lengths)).chunks();
    assertThat(twoShared).extracting(Chunk::getFirstSentence).containsExactly(0, 1, 2, 3, 4, 5);

    List<Chunk> none = new Chunker(words, 9, 0).chunk(text, spans(lengths)).chunks();
    assertThat(none).extracting(Chunk::getFirstSentence).containsExactly(0, 3, 6);
  }

  @Test
  void overlapShrinksWhenSharedSentencesAndTheNextWouldNotFit() {
    int[] lengths = {2, 6, 8, 2};
    String text = sentences(lengths);
    List<Chunk> chunks = new Chunker(words, 10, 1).chunk(text, spans(lengths)).chunks();
    // [0,1] = 8 tokens; sharing sentence 1 (6) with sentence 2 (8) would exceed 10, so chunk 2 starts fresh
    assertThat(chunks).extracting(Chunk::getFirstSentence).containsExactly(0, 2);
    assertThat(chunks).extracting(Chunk::getSentenceCount).containsExactly(2, 2);
  }

  @Test
  void aSentenceLongerThanTheBudgetIsCutAtWhitespace() {
    int[] lengths = {2, 25, 2};
    String text = sentences(lengths);
    Chunker.Chunking chunking = new Chunker(words, 10, 0).chunk(text, spans(lengths));
    // 25 words become pieces of 10, 10 and 5 words, each now a sentence of its own
    assertThat(chunking.sentences()).hasSize(5);
    List<String> pieces = chunking.sentences().stream().map(span -> textOf(text, span)).toList();
    assertThat(pieces.get(1).split(" ")).hasSize(10);
    assertThat(pieces.get(1)).startsWith("w0.1 ").endsWith(" w9.1");
    assertThat(pieces.get(2)).startsWith("w10.1 ").endsWith(" w19.1");
    assertThat(pieces.get(3)).isEqualTo("w20.1 w21.1 w22.1 w23.1 w24.1");
    assertThat(String.join(" ", pieces)).isEqualTo(text);
    for (Chunk chunk : chunking.chunks()) {
      assertThat(chunk.getTokenCount()).isLessThanOrEqualTo(10);
    }
  }

  @Test
  void aWordLongerThanTheBudgetIsCutBetweenCharacters() {
    TokenCounter perCharacter = new TokenCounter() {
      @Override
      public int countTokens(String text) {
        return text.codePointCount(0, text.length());
      }

      @Override
      public String name() {
        return "characters";
      }
    };
    String text = "ab\uD83D\uDE00cdefgh";
    Chunker.Chunking chunking = new Chunker(perCharacter, 3, 0).chunk(text, List.of(new Span(0, text.length())));
    assertThat(chunking.sentences()).extracting(span -> textOf(text, span))
        .containsExactly("ab\uD83D\uDE00", "cde", "fgh");
  }

  @Test
  void cutsAHugeUnpunctuatedSentenceInLinearTime() {
    String text = "cell ".repeat(200_000).strip();
    Chunker.Chunking chunking = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new Chunker(words, 256, 1).chunk(text, List.of(new Span(0, text.length()))));
    assertThat(chunking.sentences()).hasSize(782); // 200,000 / 256, rounded up
    assertThat(chunking.chunks()).allSatisfy(chunk -> assertThat(chunk.getTokenCount()).isLessThanOrEqualTo(256));
    assertThat(chunking.chunks().get(chunking.chunks().size() - 1).getSpan().getEnd()).isEqualTo(text.length());
  }

  /** A layout that says every span is one token: estimates far below the truth. */
  private static TokenLayout oneTokenPerSpan(TokenCounter counter, String text) {
    return new TokenLayout() {
      @Override
      public int tokensIn(int start, int end) {
        return 1;
      }

      @Override
      public io.docintel.inference.tokenize.TokenCount total() {
        return counter.countAll(text);
      }
    };
  }

  @Test
  void chunksFitTheBudgetByTheirOwnCountWhateverTheEstimates() {
    int[] lengths = {5, 5, 30, 5, 5, 12};
    String text = sentences(lengths);
    Chunker.Chunking chunking = new Chunker(words, 8, 1).chunk(text, spans(lengths), oneTokenPerSpan(words, text));

    assertThat(chunking.chunks()).allSatisfy(chunk -> assertThat(chunk.getTokenCount())
        .isLessThanOrEqualTo(8).isEqualTo(words.countTokens(textOf(text, chunk.getSpan()))));
    // The 30-word and 12-word sentences were estimated at one token each, and cut once found over budget.
    assertThat(chunking.sentences()).allSatisfy(span -> assertThat(words.countTokens(textOf(text, span)))
        .isLessThanOrEqualTo(8));
    assertThat(String.join(" ", chunking.sentences().stream().map(span -> textOf(text, span)).toList()))
        .isEqualTo(text);
    List<Chunk> chunks = chunking.chunks();
    assertThat(chunks.get(0).getSpan().getStart()).isZero();
    assertThat(chunks.get(chunks.size() - 1).getSpan().getEnd()).isEqualTo(text.length());
    for (int i = 1; i < chunks.size(); i++) {
      Chunk before = chunks.get(i - 1);
      assertThat(chunks.get(i).getFirstSentence() + chunks.get(i).getSentenceCount())
          .as("chunk %d holds a sentence its predecessor did not", i)
          .isGreaterThan(before.getFirstSentence() + before.getSentenceCount());
      assertThat(chunks.get(i).getSpan().getStart()).isLessThanOrEqualTo(before.getSpan().getEnd() + 1);
    }
  }

  @Test
  void aModelTokenizerEncodesTheTextOnceAndChunksAsCountingEachSpanWould() {
    StringBuilder builder = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      builder.append(switch (i % 5) {
        case 0 -> "Invoice INV-" + i + " for Café Zürich is due on 2026-12-0" + (i % 9) + ".";
        case 1 -> "The committee reviewed " + "the quarterly figures and ".repeat(i % 7) + "approved them.";
        case 2 -> "Symbols \u2A0C and 財務部門 appear, with \uD83D\uDE00 too.";
        case 3 -> "A long run: " + "unpunctuated words keep going ".repeat(30 + i % 40);
        default -> "Short one.";
      }).append(i % 11 == 0 ? "\n\n" : " ");
    }
    builder.append("x".repeat(3000)).append(" and a last sentence.");
    String text = builder.toString();
    List<Span> sentences = new SentenceSplitter().split(text, "en");
    try (ModelTokenCounter minilm = ModelTokenCounter.of("minilm-l6-q")) {
      Chunker chunker = new Chunker(minilm);

      Chunker.Chunking once = chunker.chunk(text, sentences, minilm.layout(text));
      Chunker.Chunking eachSpan = chunker.chunk(text, sentences, TokenLayout.counting(minilm, text));

      assertThat(once.chunks()).hasSizeGreaterThan(20);
      assertThat(once).isEqualTo(eachSpan);
      assertThat(minilm.layout(text).total()).isEqualTo(minilm.countAll(text));
    }
  }

  @Test
  void noSentencesMeanNoChunks() {
    assertThat(new Chunker(words).chunk("", List.of()).chunks()).isEmpty();
  }
}
