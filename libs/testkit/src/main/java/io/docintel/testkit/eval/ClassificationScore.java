package io.docintel.testkit.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Single-label classification figures from gold/predicted pairs: per-label precision, recall
 * and F1, their unweighted mean (macro-F1), accuracy, and the confusion matrix. The label set
 * is the sorted union of gold and predicted labels, so a label the classifier invents counts
 * against macro-F1 with an F1 of 0. Pure: holds no model and reads no files.
 */
public final class ClassificationScore {

  private final List<String> labels;
  private final int[][] confusion;
  private final Map<String, MatchCounts> perLabel;
  private final int total;
  private final int correct;

  private ClassificationScore(List<String> labels, int[][] confusion) {
    this.labels = List.copyOf(labels);
    this.confusion = confusion;
    Map<String, MatchCounts> counts = new LinkedHashMap<>();
    int all = 0;
    int diagonal = 0;
    for (int i = 0; i < labels.size(); i++) {
      int rowSum = 0;
      int columnSum = 0;
      for (int j = 0; j < labels.size(); j++) {
        rowSum += confusion[i][j];
        columnSum += confusion[j][i];
        all += confusion[i][j];
      }
      int hits = confusion[i][i];
      diagonal += hits;
      counts.put(labels.get(i), new MatchCounts(hits, columnSum - hits, rowSum - hits));
    }
    this.perLabel = Map.copyOf(counts);
    this.total = all;
    this.correct = diagonal;
  }

  /** Scores the predictions; an empty collection gives zeros everywhere. */
  public static ClassificationScore of(Collection<LabelPrediction> predictions) {
    TreeSet<String> labelSet = new TreeSet<>();
    for (LabelPrediction prediction : predictions) {
      labelSet.add(prediction.expected());
      labelSet.add(prediction.predicted());
    }
    List<String> labels = new ArrayList<>(labelSet);
    int[][] confusion = new int[labels.size()][labels.size()];
    for (LabelPrediction prediction : predictions) {
      confusion[labels.indexOf(prediction.expected())][labels.indexOf(prediction.predicted())]++;
    }
    return new ClassificationScore(labels, confusion);
  }

  /** Gold and predicted labels, sorted; the row and column order of {@link #confusion}. */
  public List<String> labels() {
    return labels;
  }

  /** Counts for one label; {@link MatchCounts#NONE} for a label never seen. */
  public MatchCounts counts(String label) {
    return perLabel.getOrDefault(label, MatchCounts.NONE);
  }

  public double precision(String label) {
    return counts(label).precision();
  }

  public double recall(String label) {
    return counts(label).recall();
  }

  public double f1(String label) {
    return counts(label).f1();
  }

  /** The unweighted mean of per-label F1 over {@link #labels}. */
  public double macroF1() {
    return labels.stream().mapToDouble(this::f1).average().orElse(0.0);
  }

  /** Share of documents whose predicted label is the gold label. */
  public double accuracy() {
    return total == 0 ? 0.0 : (double) correct / total;
  }

  public int documents() {
    return total;
  }

  /** Documents with gold label {@code expected} that were predicted {@code predicted}. */
  public int confusion(String expected, String predicted) {
    int row = labels.indexOf(expected);
    int column = labels.indexOf(predicted);
    return row < 0 || column < 0 ? 0 : confusion[row][column];
  }

  /** The confusion matrix: rows are gold labels, columns predicted, both in {@link #labels} order. */
  public int[][] confusion() {
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }
}
