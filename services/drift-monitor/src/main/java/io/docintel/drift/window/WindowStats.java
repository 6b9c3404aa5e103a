package io.docintel.drift.window;

import io.docintel.drift.observe.Observation;
import io.docintel.drift.stats.Bins;
import io.docintel.drift.stats.Entropy;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed-size statistics of a set of observations that drift metrics are computed from:
 * counts per label, language and entity type, sums and rates, a histogram of token lengths, the
 * embedding sum, judged feedback, and how many {@link Sample}s were taken. The samples themselves
 * (confidences and embeddings, which only grow) are handed out by {@link #add} to be kept
 * elsewhere, so that these statistics stay a few KB however many documents they count. Used both
 * for an event-time window and for a model's reference. Mutable; not thread-safe (each lives
 * inside one stream task).
 */
public final class WindowStats {

  /** Upper edges of the token-length histogram for input drift (roughly doubling). */
  public static final Bins LENGTH_BINS = Bins.of(8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192);

  private long documents;
  private final Map<String, Long> labels = new TreeMap<>();
  private final Map<String, Long> languages = new TreeMap<>();
  private int samples;
  private int confidencesKept;
  private int embeddingsKept;
  private double confidenceSum;
  private double entropySum;
  private long lowConfidence;
  private long escalated;
  private long truncated;
  private long chunked;
  private long emptyOrShort;
  private long inputTokens;
  private long unknownTokens;
  private long[] lengths = new long[LENGTH_BINS.count()];
  private double[] embeddingSum = new double[0];
  private long embeddingCount;
  private final Map<String, Long> entityTypes = new TreeMap<>();
  private final Map<String, Long> entitiesInCountedTokens = new TreeMap<>();
  private long countedTokens;
  private long personalData;
  private long correct;

  /**
   * Adds one observation; returns what of it joins the samples within {@code limits}, or null if
   * nothing does. The caller keeps the sample, as number {@link #samples()} - 1.
   */
  public Sample add(Observation o, SampleLimits limits) {
    documents++;
    switch (o.key().kind()) {
      case PREDICTION -> {
        return addPrediction(o, limits);
      }
      case INPUT -> addInput(o, limits);
      case EXTRACTION -> addExtraction(o);
      case FEEDBACK -> correct += o.correct() ? 1 : 0;
    }
    return null;
  }

  private Sample addPrediction(Observation o, SampleLimits limits) {
    labels.merge(o.label(), 1L, Long::sum);
    double confidence = o.confidence();
    confidenceSum += confidence;
    entropySum += Entropy.bits(o.scores());
    if (confidence < limits.lowConfidence()) {
      lowConfidence++;
    }
    double keptConfidence = Double.NaN;
    if (confidencesKept < limits.confidences()) {
      confidencesKept++;
      keptConfidence = confidence;
    }
    float[] keptEmbedding = new float[0];
    escalated += o.escalated() ? 1 : 0;
    truncated += o.truncated() ? 1 : 0;
    float[] embedding = o.embedding();
    if (embedding.length > 0 && (embeddingCount == 0 || embedding.length == embeddingSum.length)) {
      if (embeddingCount == 0) {
        embeddingSum = new double[embedding.length];
      }
      for (int i = 0; i < embedding.length; i++) {
        embeddingSum[i] += embedding[i];
      }
      embeddingCount++;
      if (embeddingsKept < limits.embeddings()) {
        embeddingsKept++;
        keptEmbedding = embedding.clone();
      }
    }
    if (Double.isNaN(keptConfidence) && keptEmbedding.length == 0) {
      return null;
    }
    samples++;
    return new Sample(keptConfidence, keptEmbedding);
  }

  private void addInput(Observation o, SampleLimits limits) {
    languages.merge(o.language(), 1L, Long::sum);
    lengths[LENGTH_BINS.indexOf(o.tokens())]++;
    chunked += o.chunks() > 1 ? 1 : 0;
    emptyOrShort += o.tokens() < limits.shortDocumentTokens() ? 1 : 0;
    inputTokens += o.tokens();
    unknownTokens += o.unknownTokens();
  }

  private void addExtraction(Observation o) {
    o.entities().forEach((type, count) -> entityTypes.merge(type, (long) count, Long::sum));
    if (o.tokens() >= 0) {
      countedTokens += o.tokens();
      o.entities().forEach((type, count) -> entitiesInCountedTokens.merge(type, (long) count, Long::sum));
    }
    personalData += o.personalData() ? 1 : 0;
  }

  public long documents() {
    return documents;
  }

  public Map<String, Long> labels() {
    return Collections.unmodifiableMap(labels);
  }

  public Map<String, Long> languages() {
    return Collections.unmodifiableMap(languages);
  }

  /** How many samples {@link #add} has handed out. */
  public int samples() {
    return samples;
  }

  public double meanConfidence() {
    return rate(confidenceSum);
  }

  /** Mean entropy in bits of each document's normalized top-k scores. */
  public double meanEntropy() {
    return rate(entropySum);
  }

  public double lowConfidenceRate() {
    return rate(lowConfidence);
  }

  public double escalationRate() {
    return rate(escalated);
  }

  public double truncationRate() {
    return rate(truncated);
  }

  /** Share of documents split into more than one chunk. */
  public double chunkingRate() {
    return rate(chunked);
  }

  public double emptyOrShortRate() {
    return rate(emptyOrShort);
  }

  /** Share of all input tokens that were the tokenizer's unknown token. */
  public double unknownTokenRate() {
    return inputTokens == 0 ? 0 : (double) unknownTokens / inputTokens;
  }

  /** Documents per {@link #LENGTH_BINS} bin. */
  public long[] lengthHistogram() {
    return lengths.clone();
  }

  /** Sum of all embeddings seen (a centroid up to scale); empty if none. */
  public double[] embeddingSum() {
    return embeddingSum.clone();
  }

  /** Entity mentions per type, over all documents. */
  public Map<String, Long> entityTypes() {
    return Collections.unmodifiableMap(entityTypes);
  }

  /**
   * Entity mentions of {@code type} (or of every type, for null) per 1000 tokens, over the
   * documents whose token count is known; 0 without such tokens.
   */
  public double entitiesPerThousandTokens(String type) {
    if (countedTokens == 0) {
      return 0;
    }
    long mentions = type == null
        ? entitiesInCountedTokens.values().stream().mapToLong(Long::longValue).sum()
        : entitiesInCountedTokens.getOrDefault(type, 0L);
    return 1000.0 * mentions / countedTokens;
  }

  /** Whether any document's token count is known. */
  public boolean hasCountedTokens() {
    return countedTokens > 0;
  }

  /** Share of judged labels that were right (feedback). */
  public double accuracy() {
    return rate(correct);
  }

  /** Share of documents with at least one personal-data mention. */
  public double personalDataRate() {
    return rate(personalData);
  }

  private double rate(double count) {
    return documents == 0 ? 0 : count / documents;
  }

  void write(DataOutput out) throws IOException {
    out.writeLong(documents);
    writeCounts(out, labels);
    writeCounts(out, languages);
    out.writeInt(samples);
    out.writeInt(confidencesKept);
    out.writeInt(embeddingsKept);
    out.writeDouble(confidenceSum);
    out.writeDouble(entropySum);
    out.writeLong(lowConfidence);
    out.writeLong(escalated);
    out.writeLong(truncated);
    out.writeLong(chunked);
    out.writeLong(emptyOrShort);
    out.writeLong(inputTokens);
    out.writeLong(unknownTokens);
    out.writeInt(lengths.length);
    for (long count : lengths) {
      out.writeLong(count);
    }
    out.writeInt(embeddingSum.length);
    NumberArrays.writeDoubles(out, embeddingSum, embeddingSum.length);
    out.writeLong(embeddingCount);
    writeCounts(out, entityTypes);
    writeCounts(out, entitiesInCountedTokens);
    out.writeLong(countedTokens);
    out.writeLong(personalData);
    out.writeLong(correct);
  }

  static WindowStats read(DataInput in) throws IOException {
    WindowStats s = new WindowStats();
    s.documents = in.readLong();
    readCounts(in, s.labels);
    readCounts(in, s.languages);
    s.samples = in.readInt();
    s.confidencesKept = in.readInt();
    s.embeddingsKept = in.readInt();
    s.confidenceSum = in.readDouble();
    s.entropySum = in.readDouble();
    s.lowConfidence = in.readLong();
    s.escalated = in.readLong();
    s.truncated = in.readLong();
    s.chunked = in.readLong();
    s.emptyOrShort = in.readLong();
    s.inputTokens = in.readLong();
    s.unknownTokens = in.readLong();
    long[] lengths = new long[in.readInt()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = in.readLong();
    }
    if (lengths.length == s.lengths.length) {
      s.lengths = lengths;
    }
    s.embeddingSum = NumberArrays.readDoubles(in, in.readInt());
    s.embeddingCount = in.readLong();
    readCounts(in, s.entityTypes);
    readCounts(in, s.entitiesInCountedTokens);
    s.countedTokens = in.readLong();
    s.personalData = in.readLong();
    s.correct = in.readLong();
    return s;
  }

  private static void writeCounts(DataOutput out, Map<String, Long> counts) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeLong(entry.getValue());
    }
  }

  private static void readCounts(DataInput in, Map<String, Long> counts) throws IOException {
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      counts.put(in.readUTF(), in.readLong());
    }
  }
}
