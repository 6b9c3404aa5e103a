package io.docintel.inference.pipeline.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure BIO/IOB2 decoding of per-token probabilities into entities, following Hugging Face's
 * {@code TokenClassificationPipeline}: label {@code O} is dropped, a {@code B-} tag or a change
 * of type starts a new entity, an {@code I-} tag of the same type continues it; labels without
 * a prefix count as {@code I-}. Character offsets point into the original text.
 */
public final class EntityAggregator {

  private static final String OUTSIDE = "O";

  private EntityAggregator() {
  }

  private record Tagged(String tag, double score, int start, int end) {
  }

  public static List<Entity> aggregate(String text, List<TokenScores> tokens, List<String> labels,
      AggregationStrategy strategy) {
    List<Tagged> tagged = switch (strategy) {
      case NONE, SIMPLE -> perToken(tokens, labels);
      case FIRST, AVERAGE, MAX -> perWord(tokens, labels, strategy);
    };
    if (strategy == AggregationStrategy.NONE) {
      List<Entity> out = new ArrayList<>();
      for (Tagged t : tagged) {
        if (!t.tag().equals(OUTSIDE)) {
          out.add(new Entity(t.tag(), t.score(), t.start(), t.end(), text.substring(t.start(), t.end())));
        }
      }
      return out;
    }
    return group(text, tagged);
  }

  private static List<Tagged> perToken(List<TokenScores> tokens, List<String> labels) {
    List<Tagged> out = new ArrayList<>(tokens.size());
    for (TokenScores t : tokens) {
      int best = argmax(t.probabilities());
      out.add(new Tagged(labels.get(best), t.probabilities()[best], t.start(), t.end()));
    }
    return out;
  }

  private static List<Tagged> perWord(List<TokenScores> tokens, List<String> labels, AggregationStrategy strategy) {
    List<Tagged> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i + 1;
      while (j < tokens.size() && tokens.get(i).wordId() >= 0 && tokens.get(j).wordId() == tokens.get(i).wordId()) {
        j++;
      }
      List<TokenScores> word = tokens.subList(i, j);
      double[] probs = switch (strategy) {
        case FIRST -> word.get(0).probabilities();
        case MAX -> word.stream().max((a, b) -> Double.compare(a.probabilities()[argmax(a.probabilities())],
            b.probabilities()[argmax(b.probabilities())])).orElseThrow().probabilities();
        default -> average(word);
      };
      int best = argmax(probs);
      out.add(new Tagged(labels.get(best), probs[best], word.get(0).start(), word.get(word.size() - 1).end()));
      i = j;
    }
    return out;
  }

  private static double[] average(List<TokenScores> word) {
    double[] sum = new double[word.get(0).probabilities().length];
    for (TokenScores t : word) {
      for (int k = 0; k < sum.length; k++) {
        sum[k] += t.probabilities()[k] / word.size();
      }
    }
    return sum;
  }

  private static List<Entity> group(String text, List<Tagged> tagged) {
    List<Entity> out = new ArrayList<>();
    List<Tagged> current = new ArrayList<>();
    for (Tagged t : tagged) {
      if (!current.isEmpty()) {
        String[] last = split(current.get(current.size() - 1).tag());
        String[] now = split(t.tag());
        if (!(now[1].equals(last[1]) && !now[0].equals("B"))) {
          emit(text, current, out);
          current = new ArrayList<>();
        }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      emit(text, current, out);
    }
    return out;
  }

  private static void emit(String text, List<Tagged> group, List<Entity> out) {
    String type = split(group.get(0).tag())[1];
    if (type.equals(OUTSIDE)) {
      return;
    }
    double score = group.stream().mapToDouble(Tagged::score).average().orElse(0);
    int start = group.get(0).start();
    int end = group.get(group.size() - 1).end();
    out.add(new Entity(type, score, start, end, text.substring(start, end)));
  }

  /** {@code [B|I, type]}. */
  private static String[] split(String tag) {
    if (tag.startsWith("B-") || tag.startsWith("I-")) {
      return new String[] {tag.substring(0, 1), tag.substring(2)};
    }
    return new String[] {"I", tag};
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
}
