package io.docintel.classifier.stream;

import io.docintel.classifier.scoring.ScoredLabel;
import io.docintel.classifier.scoring.Verdict;
import io.docintel.schemas.Classification;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the Avro {@link Classification} from a {@link Verdict}. Pure. */
public final class ClassificationRecords {

  public static final String SERVICE = "classifier";

  private ClassificationRecords() {}

  /** The classification answering {@code revision} of document {@code documentId}. */
  public static Classification of(String documentId, long revision, Verdict verdict, String serviceVersion, Instant startedAt,
      long processingMillis, int chunksCovered, int chunksTotal) {
    List<LabelScore> labels = new ArrayList<>();
    for (ScoredLabel label : verdict.labels()) {
      labels.add(new LabelScore(label.label(), label.score()));
    }
    List<Float> embedding = new ArrayList<>(verdict.embedding().length);
    for (float f : verdict.embedding()) {
      embedding.add(f);
    }
    io.docintel.inference.model.ModelIdentity model = verdict.model();
    Provenance provenance = Provenance.newBuilder()
        .setService(SERVICE)
        .setServiceVersion(serviceVersion)
        .setModel(new ModelIdentity(model.name(), model.version(), model.sha256()))
        .setStartedAt(startedAt)
        .setProcessingMillis(processingMillis)
        .setInferenceMillis(verdict.inferenceMillis())
        .setChunksCovered(chunksCovered)
        .setChunksTotal(chunksTotal)
        .build();
    return Classification.newBuilder()
        .setDocumentId(documentId)
        .setRevision(revision)
        .setLabels(labels)
        .setMultiLabel(verdict.multiLabel())
        .setEmbedding(embedding)
        .setEscalated(verdict.escalated())
        .setPrototypeVersion(verdict.prototypeVersion())
        .setProvenance(provenance)
        .build();
  }
}
