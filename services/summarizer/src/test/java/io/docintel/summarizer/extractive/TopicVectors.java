package io.docintel.summarizer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-made sentence vectors: one axis per topic word a sentence names (alpha, beta, gamma,
 * delta), plus a small sentence-specific component so that no two sentences are identical.
 * Records every call, to check how sentences are batched.
 */
final class TopicVectors implements SentenceVectors {

  static final List<String> TOPICS = List.of("alpha", "beta", "gamma", "delta");

  final List<List<String>> calls = new ArrayList<>();

  @Override
  public List<float[]> embedAll(List<String> sentences) {
    calls.add(List.copyOf(sentences));
    List<float[]> vectors = new ArrayList<>();
    for (String sentence : sentences) {
      float[] vector = new float[TOPICS.size() + 1];
      String lower = sentence.toLowerCase(Locale.ROOT);
      for (int t = 0; t < TOPICS.size(); t++) {
        if (lower.contains(TOPICS.get(t))) {
          vector[t] = 1;
        }
      }
      vector[TOPICS.size()] = 0.05f + (Math.floorMod(sentence.hashCode(), 7)) * 0.01f;
      vectors.add(vector);
    }
    return vectors;
  }

  int embeddedSentences() {
    return calls.stream().mapToInt(List::size).sum();
  }
}
