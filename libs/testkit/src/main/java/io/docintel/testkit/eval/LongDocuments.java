package io.docintel.testkit.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Long labelled documents made from the short ones, for judging how a classifier reads long
 * documents: each is every document of one label plus {@code intruders} documents of other labels
 * (as a long report carries an invoice or a policy excerpt), in a shuffled order, joined by blank
 * lines. Its label is the one most of it is about. Pure: the same seed gives the same documents.
 */
public final class LongDocuments {

  private LongDocuments() {}

  /**
   * {@code variants} long documents per label, in label order. Every label must have more
   * documents of its own than {@code intruders}, so that it stays what most of the text is about.
   */
  public static List<LabelledDocument> compose(List<LabelledDocument> documents, int variants, int intruders,
      long seed) {
    Map<String, List<LabelledDocument>> byLabel = new TreeMap<>();
    documents.forEach(d -> byLabel.computeIfAbsent(d.label(), label -> new ArrayList<>()).add(d));
    if (byLabel.size() < 2 && intruders > 0) {
      throw new IllegalArgumentException("intruders need a second label, but there is only " + byLabel.keySet());
    }
    Random random = new Random(seed);
    List<LabelledDocument> composed = new ArrayList<>();
    for (Map.Entry<String, List<LabelledDocument>> entry : byLabel.entrySet()) {
      if (entry.getValue().size() <= intruders) {
        throw new IllegalArgumentException("label " + entry.getKey() + " has " + entry.getValue().size()
            + " documents, not more than the " + intruders + " intruders");
      }
      List<LabelledDocument> others = documents.stream().filter(d -> !d.label().equals(entry.getKey())).toList();
      for (int v = 0; v < variants; v++) {
        List<LabelledDocument> parts = new ArrayList<>(entry.getValue());
        List<LabelledDocument> lent = new ArrayList<>(others);
        Collections.shuffle(lent, random);
        parts.addAll(lent.subList(0, Math.min(intruders, lent.size())));
        Collections.shuffle(parts, random);
        List<String> texts = parts.stream().map(LabelledDocument::text).toList();
        composed.add(new LabelledDocument("long-" + entry.getKey() + "-" + (v + 1), entry.getKey(),
            String.join("\n\n", texts), List.of(), false));
      }
    }
    return List.copyOf(composed);
  }
}
