package io.docintel.inference.pipeline.prototype;

import io.docintel.inference.pipeline.embedding.Vectors;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable label prototypes: per label the sum of its unit-length member vectors (so adding
 * examples is cheap) and their count. Scores are cosine similarities to each normalised sum,
 * turned into probabilities by a softmax at a temperature. Pure; no model involved.
 *
 * <p>{@link #version()} is {@code r<revision>-<hash>}: the revision counts updates and the
 * hash is over the prototype values, so it changes whenever the prototypes do.
 */
public final class Prototypes {

  private final Map<String, float[]> sums;
  private final Map<String, Integer> counts;
  private final Map<String, float[]> directions;
  private final int revision;
  private final String version;

  private Prototypes(Map<String, float[]> sums, Map<String, Integer> counts, int revision) {
    this.sums = sums;
    this.counts = counts;
    this.revision = revision;
    this.directions = new LinkedHashMap<>();
    sums.forEach((label, sum) -> directions.put(label, Vectors.normalize(sum)));
    this.version = "r" + revision + "-" + hash(directions);
  }

  public static Prototypes empty() {
    return new Prototypes(new LinkedHashMap<>(), new LinkedHashMap<>(), 0);
  }

  /** A copy with {@code vectors} added to {@code label}'s prototype (a new label if unknown). */
  public Prototypes with(String label, List<float[]> vectors) {
    Map<String, float[]> newSums = new LinkedHashMap<>();
    sums.forEach((k, v) -> newSums.put(k, v.clone()));
    Map<String, Integer> newCounts = new LinkedHashMap<>(counts);
    for (float[] v : vectors) {
      float[] unit = Vectors.normalize(v);
      float[] sum = newSums.computeIfAbsent(label, k -> new float[unit.length]);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += unit[i];
      }
      newCounts.merge(label, 1, Integer::sum);
    }
    return new Prototypes(newSums, newCounts, revision + 1);
  }

  public List<String> labels() {
    return List.copyOf(sums.keySet());
  }

  public int count(String label) {
    return counts.getOrDefault(label, 0);
  }

  public String version() {
    return version;
  }

  /** Cosine similarity of {@code vector} to each prototype, in {@link #labels()} order. */
  public double[] similarities(float[] vector) {
    double[] out = new double[directions.size()];
    int i = 0;
    for (float[] direction : directions.values()) {
      out[i++] = Vectors.cosine(vector, direction);
    }
    return out;
  }

  /** All labels with softmax(similarity / temperature) probabilities, best first. */
  public List<LabelScore> score(float[] vector, double temperature) {
    if (directions.isEmpty()) {
      throw new IllegalStateException("no prototypes yet");
    }
    double[] sims = similarities(vector);
    double[] probs = Softmax.withTemperature(sims, temperature);
    List<String> labels = labels();
    List<LabelScore> scores = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      scores.add(new LabelScore(labels.get(i), probs[i], sims[i]));
    }
    scores.sort(Comparator.comparingDouble(LabelScore::probability).reversed());
    return List.copyOf(scores);
  }

  private static String hash(Map<String, float[]> directions) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      directions.forEach((label, v) -> {
        digest.update(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES);
        for (float f : v) {
          bytes.putFloat(f);
        }
        digest.update(bytes.array());
      });
      return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
