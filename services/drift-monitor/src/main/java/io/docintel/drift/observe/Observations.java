package io.docintel.drift.observe;

import io.docintel.schemas.Classification;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        provenance.getChunksCovered() < provenance.getChunksTotal(), vector, 0, 0, "", Map.of(), false, false);
  }

  public static Observation of(NormalizedDocument document) {
    ModelKey key = new ModelKey(Kind.INPUT, document.getTokenizer(), document.getProvenance().getServiceVersion());
    return new Observation(key, "", "", NO_SCORES, false, false, NO_EMBEDDING,
        document.getTokenCount(), document.getChunks().size(), document.getLanguage(), Map.of(), false, false,
        document.getUnknownTokenCount());
  }

  /**
   * An extraction, with the token count of its document when the normalized document was seen
   * ({@code null} otherwise: then it counts towards the entity mix and personal-data rate only).
   */
  public static Observation of(Extraction extraction, Integer tokens) {
    ModelIdentity model = extraction.getProvenance().getModel();
    ModelKey key = new ModelKey(Kind.EXTRACTION,
        model == null ? NO_MODEL : model.getName(), model == null ? "" : model.getVersion());
    Map<String, Integer> entities = new TreeMap<>();
    boolean personalData = false;
    for (Entity entity : extraction.getEntities()) {
      entities.merge(entity.getType(), 1, Integer::sum);
      personalData |= entity.getPersonalData();
    }
    return new Observation(key, model == null ? "" : model.getSha256(), "", NO_SCORES, false, false, NO_EMBEDDING,
        tokens == null ? -1 : tokens, 0, "", entities, personalData, false);
  }

  /**
   * What feedback needs to remember of a classification: its model and top label (a feedback
   * observation of that model, not yet judged).
   */
  public static Observation predictedLabel(Classification classification) {
    Observation full = of(classification);
    ModelKey key = new ModelKey(Kind.FEEDBACK, full.key().name(), full.key().version());
    return new Observation(key, full.sha256(), full.label(), NO_SCORES, false, false, NO_EMBEDDING, 0, 0, "",
        Map.of(), false, false);
  }

  /**
   * A label feedback judged against the predicted label it names, or else against the
   * classification it is about ({@code predicted}, null when unknown). Null when there is
   * nothing to judge: no correct label, or no predicted label from either source.
   */
  public static Observation of(Feedback feedback, Observation predicted) {
    String label = feedback.getPredictedLabel() != null ? feedback.getPredictedLabel()
        : predicted == null ? null : predicted.label();
    if (feedback.getCorrectLabel() == null || label == null) {
      return null;
    }
    ModelKey key = predicted == null ? new ModelKey(Kind.FEEDBACK, NO_MODEL, "") : predicted.key();
    return new Observation(key, predicted == null ? "" : predicted.sha256(), label, NO_SCORES, false, false,
        NO_EMBEDDING, 0, 0, "", Map.of(), false, label.equals(feedback.getCorrectLabel()));
  }
}
