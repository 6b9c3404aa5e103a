package io.docintel.inference.pipeline.prototype;

import io.docintel.inference.pipeline.embedding.Embedding;
import io.docintel.inference.pipeline.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zero-/few-shot classification by embedding similarity. Labels given as descriptions and/or
 * examples become prototypes; a text scores against every prototype, calibrated with a
 * temperature softmax. Prototypes can be updated at run time from labelled examples
 * ({@link #learn}), which changes {@link #prototypeVersion()}. Thread-safe: readers see one
 * consistent snapshot; updates are serialised. Owns nothing native (the embedder's model
 * belongs to its loader).
 */
public final class EmbeddingClassifier {

  /** Default softmax temperature for cosine similarities of sentence encoders. */
  public static final double DEFAULT_TEMPERATURE = 0.05;

  private final TextEmbedder embedder;
  private volatile Prototypes prototypes;
  private volatile double temperature;

  public EmbeddingClassifier(TextEmbedder embedder, List<LabelSpec> labels, double temperature) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("at least one label is needed");
    }
    this.embedder = embedder;
    this.temperature = temperature;
    Prototypes p = Prototypes.empty();
    for (LabelSpec spec : labels) {
      List<float[]> vectors = new ArrayList<>();
      // Descriptions say what a label means, like a search query; examples are passages.
      embedder.embedQueries(spec.descriptions()).forEach(e -> vectors.add(e.vector()));
      embedder.embedAll(spec.examples()).forEach(e -> vectors.add(e.vector()));
      p = p.with(spec.label(), vectors);
    }
    this.prototypes = p;
  }

  public EmbeddingClassifier(TextEmbedder embedder, List<LabelSpec> labels) {
    this(embedder, labels, DEFAULT_TEMPERATURE);
  }

  public PrototypePrediction classify(String text) {
    return classifyAll(List.of(text)).get(0);
  }

  public List<PrototypePrediction> classifyAll(List<String> texts) {
    Prototypes snapshot = prototypes;
    double t = temperature;
    List<PrototypePrediction> out = new ArrayList<>(texts.size());
    for (Embedding e : embedder.embedAll(texts)) {
      out.add(new PrototypePrediction(snapshot.score(e.vector(), t), e.model(), snapshot.version()));
    }
    return out;
  }

  /** Adds labelled texts (text → label) to the prototypes; new labels are created. */
  public synchronized String learn(Map<String, String> labelByText) {
    List<String> texts = new ArrayList<>(labelByText.keySet());
    List<Embedding> embeddings = embedder.embedAll(texts);
    Prototypes p = prototypes;
    for (int i = 0; i < texts.size(); i++) {
      p = p.with(labelByText.get(texts.get(i)), List.of(embeddings.get(i).vector()));
    }
    prototypes = p;
    return p.version();
  }

  /**
   * Fits the temperature on labelled texts (text → label) by likelihood; returns it.
   * Labels unknown to the prototypes are rejected.
   */
  public synchronized double calibrate(Map<String, String> labelByText) {
    Prototypes snapshot = prototypes;
    List<String> labels = snapshot.labels();
    List<String> texts = new ArrayList<>(labelByText.keySet());
    List<Embedding> embeddings = embedder.embedAll(texts);
    double[][] sims = new double[texts.size()][];
    int[] truth = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      sims[i] = snapshot.similarities(embeddings.get(i).vector());
      truth[i] = labels.indexOf(labelByText.get(texts.get(i)));
      if (truth[i] < 0) {
        throw new IllegalArgumentException("unknown label '" + labelByText.get(texts.get(i)) + "'");
      }
    }
    temperature = TemperatureFit.fit(sims, truth);
    return temperature;
  }

  public String prototypeVersion() {
    return prototypes.version();
  }

  public List<String> labels() {
    return prototypes.labels();
  }

  public double temperature() {
    return temperature;
  }
}
