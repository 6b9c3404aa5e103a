package io.docintel.inference.pipeline.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding against a plain Java bigram table (no model). Tokens: 0 start, 1 end, 2 a, 3 b, 4 c. */
class DecodingTest {

  private static float[] logits(double... probs) {
    float[] out = new float[probs.length];
    for (int i = 0; i < probs.length; i++) {
      out[i] = (float) Math.log(Math.max(probs[i], 1e-12));
    }
    return out;
  }

  private static final NextTokenScorer BIGRAM = (sequences, parents) -> {
    float[][] out = new float[sequences.size()][];
    for (int i = 0; i < out.length; i++) {
      long[] s = sequences.get(i);
      out[i] = switch ((int) s[s.length - 1]) {
        case 0 -> logits(0, 0, 0.6, 0.4, 0);     // start: a .6, b .4
        case 2 -> logits(0, 0.3, 0, 0, 0.7);     // a: end .3, c .7
        case 3 -> logits(0, 1.0, 0, 0, 0);       // b: end 1
        default -> logits(0, 0.4, 0, 0, 0.6);    // c: end .4, c .6
      };
    }
    return out;
  };

  @Test
  void lengthPenaltyChangesWhichFinishedHypothesisWins() {
    // Finished hypotheses: "b end" (p .4, 2 tokens), "a c end" (.168, 3), "a c c end" (.10, 4), ...
    GeneratedSequence raw = Decoding.generate(BIGRAM, 0, 1, GenerationSettings.beam(6, 2).withLengthPenalty(0));
    assertThat(raw.tokens()).containsExactly(3, 1);
    assertThat(raw.score()).isCloseTo(Math.log(0.4), org.assertj.core.data.Offset.offset(1e-6));
    GeneratedSequence longer = Decoding.generate(BIGRAM, 0, 1, GenerationSettings.beam(6, 2).withLengthPenalty(2));
    assertThat(longer.tokens()).startsWith(2, 4).hasSizeGreaterThan(2);
  }

  @Test
  void greedyStopsAtMaxNewTokens() {
    GeneratedSequence greedy = Decoding.generate(BIGRAM, 0, 1, GenerationSettings.greedy(3));
    assertThat(greedy.tokens()).containsExactly(2, 4, 4);
    assertThat(greedy.finished()).isFalse();
  }

  @Test
  void noRepeatNgramBansRepeats() {
    assertThat(NoRepeatNgram.banned(new long[] {5, 6, 5}, 2)).containsExactly(6L);
    assertThat(NoRepeatNgram.banned(new long[] {5, 6, 7}, 2)).isEmpty();
    assertThat(NoRepeatNgram.banned(new long[] {5, 6}, 1)).containsExactlyInAnyOrder(5L, 6L);
    assertThat(NoRepeatNgram.banned(new long[] {5, 6}, 0)).isEmpty();
  }
}
