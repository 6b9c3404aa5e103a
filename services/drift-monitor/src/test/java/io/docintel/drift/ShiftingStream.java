package io.docintel.drift;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.Classification;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic stream of results whose label mix, confidence and document length shift half-way
 * while everything else stays put. Before the shift: labels evenly spread over four, top
 * confidences 0.80–0.89, about 100 tokens per document. After: 70% one label, confidences
 * optionally 0.60–0.69 (still above the 0.5 low-confidence cut), about 600 tokens (three chunks).
 * Embeddings cycle through four fixed unit vectors regardless of phase, and language is always
 * English, so embedding and language drift stay at 0. Extractions keep the same entities per
 * token throughout.
 */
final class ShiftingStream {

  static final ModelIdentity MODEL =
      ModelIdentity.newBuilder().setName("minilm-l6-q").setVersion("abc123def456").setSha256("ab".repeat(32)).build();
  static final ModelIdentity EXTRACTOR =
      ModelIdentity.newBuilder().setName("bge-small-q").setVersion("0123456789ab").setSha256("cd".repeat(32)).build();
  static final String TOKENIZER = "minilm-l6-q";
  static final String NORMALIZER_VERSION = "test";
  static final List<String> LABELS = List.of("invoice", "news", "contract", "support");
  static final Duration WINDOW = Duration.ofMinutes(5);

  private ShiftingStream() {}

  /** The time of the {@code i}-th of {@code count} results inside the window starting at {@code start}. */
  static Instant at(Instant start, int i, int count) {
    return start.plusMillis(WINDOW.toMillis() * i / count);
  }

  static Classification classification(int i, boolean shifted, boolean confidenceShifts) {
    String label = shifted ? (i % 10 < 7 ? LABELS.get(0) : LABELS.get(1 + i % 3)) : LABELS.get(i % 4);
    double confidence = (shifted && confidenceShifts ? 0.6 : 0.8) + 0.01 * (i % 10);
    String runnerUp = LABELS.get((LABELS.indexOf(label) + 1) % 4);
    float[] axis = new float[4];
    axis[i % 4] = 1;
    List<Float> embedding = new ArrayList<>();
    for (float value : axis) {
      embedding.add(value);
    }
    return Classification.newBuilder()
        .setDocumentId("doc-" + i)
        .setLabels(List.of(new LabelScore(label, confidence), new LabelScore(runnerUp, 1 - confidence)))
        .setMultiLabel(false)
        .setEmbedding(embedding)
        .setEscalated(false)
        .setProvenance(provenance(MODEL, 1))
        .build();
  }

  /**
   * An extraction of document {@code i}: two PERSON mentions and one EMAIL (personal data) per
   * 100 tokens in both phases, so the entity mix, rate per 1k tokens and PII rate stay put.
   */
  static Extraction extraction(int i, boolean shifted) {
    int hundreds = shifted ? 6 : 1;
    List<Entity> entities = new ArrayList<>();
    for (int h = 0; h < hundreds; h++) {
      entities.add(entity("PERSON", false));
      entities.add(entity("PERSON", false));
      entities.add(entity("EMAIL", true));
    }
    return Extraction.newBuilder().setDocumentId("doc-" + i).setEntities(entities)
        .setProvenance(provenance(EXTRACTOR, 1)).build();
  }

  private static Entity entity(String type, boolean personal) {
    return Entity.newBuilder().setType(type).setSpan(new Span(0, 1)).setText("x").setConfidence(1)
        .setPersonalData(personal).setRecognizer("pattern").build();
  }

  /**
   * Label feedback on document {@code id}, naming only the correct label (the monitor looks the
   * predicted one up): before the shift every label was right, after it every other one wrong
   * when {@code accuracyDrops}.
   */
  static Feedback feedback(String id, int i, boolean shifted, boolean accuracyDrops, Instant time) {
    String predicted = classification(i, shifted, false).getLabels().get(0).getLabel();
    boolean right = !(shifted && accuracyDrops) || i % 2 == 0;
    return Feedback.newBuilder().setDocumentId(id).setCorrectLabel(right ? predicted : "other")
        .setCreatedAt(time).build();
  }

  static NormalizedDocument normalized(int i, boolean shifted, Instant time) {
    int tokens = (shifted ? 600 : 100) + i % 7;
    int chunkCount = tokens / 256 + 1;
    List<Chunk> chunks = new ArrayList<>();
    for (int c = 0; c < chunkCount; c++) {
      chunks.add(new Chunk(c, new Span(0, 0), 0, 1, tokens / chunkCount));
    }
    return NormalizedDocument.newBuilder()
        .setId("doc-" + i).setTenant("default").setSource("test").setEventTime(time)
        .setContentType("text/plain").setText("").setLanguage("en").setLanguageConfidence(0.99)
        .setContentSha256("00").setSentences(List.of()).setChunks(chunks)
        .setTokenizer(TOKENIZER).setTokenCount(tokens)
        .setProvenance(provenance(null, chunkCount))
        .build();
  }

  private static Provenance provenance(ModelIdentity model, int chunks) {
    return Provenance.newBuilder().setService(model == null ? "normalizer" : "classifier-or-extractor")
        .setServiceVersion(NORMALIZER_VERSION).setModel(model).setStartedAt(Instant.EPOCH)
        .setProcessingMillis(1).setChunksCovered(chunks).setChunksTotal(chunks).build();
  }
}
