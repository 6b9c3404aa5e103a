package io.docintel.drift;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.Classification;
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
 * English, so embedding and language drift stay at 0.
 */
final class ShiftingStream {

  static final ModelIdentity MODEL =
      ModelIdentity.newBuilder().setName("minilm-l6-q").setVersion("abc123def456").setSha256("ab".repeat(32)).build();
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
    return Provenance.newBuilder().setService(model == null ? "normalizer" : "classifier")
        .setServiceVersion(NORMALIZER_VERSION).setModel(model).setStartedAt(Instant.EPOCH)
        .setProcessingMillis(1).setChunksCovered(chunks).setChunksTotal(chunks).build();
  }
}
