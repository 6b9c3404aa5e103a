package io.docintel.inference.pipeline.seq2seq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pure greedy and beam-search decoding over a {@link NextTokenScorer}. Sequences start with
 * the decoder start token; generation stops at end-of-sequence or after
 * {@code maxNewTokens}. Returns the best hypothesis.
 */
public final class Decoding {

  private Decoding() {
  }

  public static GeneratedSequence generate(NextTokenScorer scorer, long startId, long eosId,
      GenerationSettings settings) {
    return settings.numBeams() == 1 ? greedy(scorer, startId, eosId, settings)
        : beam(scorer, startId, eosId, settings);
  }

  static GeneratedSequence greedy(NextTokenScorer scorer, long startId, long eosId, GenerationSettings settings) {
    long[] sequence = {startId};
    double logProb = 0;
    for (int step = 0; step < settings.maxNewTokens(); step++) {
      double[] lp = logSoftmax(scorer.nextLogits(List.of(sequence), new int[] {0})[0]);
      ban(lp, sequence, settings.noRepeatNgramSize());
      int best = argmax(lp);
      logProb += lp[best];
      sequence = append(sequence, best);
      if (best == eosId) {
        return new GeneratedSequence(generated(sequence), normalise(logProb, step + 1, settings), true);
      }
    }
    return new GeneratedSequence(generated(sequence), normalise(logProb, settings.maxNewTokens(), settings), false);
  }

  private record Hypothesis(long[] sequence, double logProb, int parent) {
  }

  private record Candidate(int beam, int token, double logProb) {
  }

  static GeneratedSequence beam(NextTokenScorer scorer, long startId, long eosId, GenerationSettings settings) {
    int numBeams = settings.numBeams();
    List<Hypothesis> beams = List.of(new Hypothesis(new long[] {startId}, 0, 0));
    List<GeneratedSequence> finished = new ArrayList<>();
    for (int step = 0; step < settings.maxNewTokens(); step++) {
      List<long[]> sequences = beams.stream().map(Hypothesis::sequence).toList();
      int[] parents = beams.stream().mapToInt(Hypothesis::parent).toArray();
      float[][] logits = scorer.nextLogits(sequences, parents);
      List<Candidate> candidates = new ArrayList<>();
      for (int b = 0; b < beams.size(); b++) {
        double[] lp = logSoftmax(logits[b]);
        ban(lp, beams.get(b).sequence(), settings.noRepeatNgramSize());
        for (int token : topIndices(lp, 2 * numBeams)) {
          candidates.add(new Candidate(b, token, beams.get(b).logProb() + lp[token]));
        }
      }
      candidates.sort(Comparator.comparingDouble(Candidate::logProb).reversed());
      List<Hypothesis> next = new ArrayList<>();
      for (int rank = 0; rank < candidates.size() && next.size() < numBeams; rank++) {
        Candidate c = candidates.get(rank);
        long[] sequence = append(beams.get(c.beam()).sequence(), c.token());
        if (c.token() == eosId) {
          // As in Hugging Face, only end-of-sequence among the top numBeams candidates counts.
          if (rank < numBeams) {
            finished.add(new GeneratedSequence(generated(sequence),
                normalise(c.logProb(), step + 1, settings), true));
          }
        } else {
          next.add(new Hypothesis(sequence, c.logProb(), c.beam()));
        }
      }
      if (done(finished, next, step + 1, settings)) {
        break;
      }
      beams = next;
      if (step == settings.maxNewTokens() - 1) {
        for (Hypothesis h : beams) {
          finished.add(new GeneratedSequence(generated(h.sequence()),
              normalise(h.logProb(), settings.maxNewTokens(), settings), false));
        }
      }
    }
    return finished.stream().max(Comparator.comparingDouble(GeneratedSequence::score)).orElseThrow();
  }

  private static boolean done(List<GeneratedSequence> finished, List<Hypothesis> running, int length,
      GenerationSettings settings) {
    if (running.isEmpty()) {
      return true;
    }
    if (finished.size() < settings.numBeams()) {
      return false;
    }
    if (settings.earlyStopping()) {
      return true;
    }
    double worstKept = finished.stream().mapToDouble(GeneratedSequence::score).sorted()
        .skip(finished.size() - settings.numBeams()).findFirst().orElseThrow();
    double bestRunning = running.stream().mapToDouble(Hypothesis::logProb).max().orElseThrow();
    return worstKept >= normalise(bestRunning, length, settings);
  }

  private static double normalise(double logProb, int length, GenerationSettings settings) {
    return logProb / Math.pow(length, settings.lengthPenalty());
  }

  private static void ban(double[] logProbs, long[] sequence, int n) {
    // The n-gram ban looks at generated tokens only, not the decoder start.
    for (long token : NoRepeatNgram.banned(generated(sequence), n)) {
      logProbs[(int) token] = Double.NEGATIVE_INFINITY;
    }
  }

  private static long[] generated(long[] sequence) {
    return Arrays.copyOfRange(sequence, 1, sequence.length);
  }

  private static long[] append(long[] sequence, long token) {
    long[] out = Arrays.copyOf(sequence, sequence.length + 1);
    out[sequence.length] = token;
    return out;
  }

  static double[] logSoftmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (float l : logits) {
      sum += Math.exp(l - max);
    }
    double log = max + Math.log(sum);
    double[] out = new double[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = logits[i] - log;
    }
    return out;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static int[] topIndices(double[] values, int k) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(values[b], values[a]));
    int n = Math.min(k, idx.length);
    int[] out = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (values[idx[i]] != Double.NEGATIVE_INFINITY) {
        out[count++] = idx[i];
      }
    }
    return Arrays.copyOf(out, count);
  }
}
