package io.docintel.inference.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded English-like sentences of chosen word counts, for benchmarks only. */
final class SyntheticCorpus {

  private static final String[] WORDS = ("the invoice payment contract customer supplier delivery order amount "
      + "date account bank transfer service agreement terms party notice period company report revenue "
      + "quarter growth market product price discount shipment warehouse employee manager team project "
      + "deadline meeting review approval request document policy claim insurance risk data model system "
      + "update release version stream topic partition broker consumer producer event record schema").split(" ");

  private SyntheticCorpus() {
  }

  static String sentence(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }

  static List<String> fixed(long seed, int count, int words) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(sentence(random, words));
    }
    return out;
  }

  /** Lengths spread from short to long, shuffled, like chunks of real documents. */
  static List<String> mixed(long seed, int count, int minWords, int maxWords) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Skewed towards short texts, with a long tail, as sentence and chunk lengths are.
      double u = random.nextDouble();
      int words = minWords + (int) ((maxWords - minWords) * u * u);
      out.add(sentence(random, words));
    }
    return out;
  }
}
