package io.docintel.drift.observe;

import io.docintel.schemas.Classification;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import java.util.List;

/** Turns result records into {@link Observation}s. */
public final class Observations {

  /** Label recorded for a classification without labels. */
  public static final String NO_LABEL = "<none>";
  /** Model name recorded for results that carry no model identity. */
  public static final String NO_MODEL = "none";

  private static final double[] NO_SCORES = {};
  private static final float[] NO_EMBEDDING = {};

  private Observations() {}

  public static Observation of(Classification classification) {
    Provenance provenance = classification.getProvenance();
    ModelIdentity model = provenance.getModel();
    List<LabelScore> labels = classification.getLabels();
    double[] scores = labels.stream().mapToDouble(LabelScore::getScore).toArray();
    List<Float> embedding = classification.getEmbedding();
    float[] vector = embedding == null || embedding.isEmpty() ? NO_EMBEDDING : new float[embedding.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = embedding.get(i);
    }
    ModelKey key = new ModelKey(Kind.PREDICTION,
        model == null ? NO_MODEL : model.getName(), model == null ? "" : model.getVersion());
    return new Observation(key, model == null ? "" : model.getSha256(),
        labels.isEmpty() ? NO_LABEL : labels.get(0).getLabel(), scores, classification.getEscalated(),
        provenance.getChunksCovered() < provenance.getChunksTotal(), vector, 0, 0, "");
  }

  public static Observation of(NormalizedDocument document) {
    ModelKey key = new ModelKey(Kind.INPUT, document.getTokenizer(), document.getProvenance().getServiceVersion());
    return new Observation(key, "", "", NO_SCORES, false, false, NO_EMBEDDING,
        document.getTokenCount(), document.getChunks().size(), document.getLanguage());
  }
}
