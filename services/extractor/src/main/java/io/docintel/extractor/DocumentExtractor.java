package io.docintel.extractor;

import io.docintel.extractor.fields.KeyFieldExtractor;
import io.docintel.extractor.recognize.EntityRecognizer;
import io.docintel.extractor.recognize.Mention;
import io.docintel.extractor.recognize.MentionMerger;
import io.docintel.extractor.redact.RedactionPolicy;
import io.docintel.extractor.redact.Redactor;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link NormalizedDocument} into an {@link Extraction}: every recognizer runs over the
 * document's chunks (one call per recognizer per document), mentions are moved back to
 * whole-text offsets, overlaps (between recognizers, and repeats from neighbouring chunks) are
 * merged, then key fields are read and personal data redacted as configured. Thread-safe; holds
 * no resources (whoever built the recognizers closes their models).
 */
public final class DocumentExtractor {

  public static final String SERVICE = "extractor";

  private final List<EntityRecognizer> recognizers;
  private final KeyFieldExtractor keyFields;
  private final Redactor redactor;
  private final ModelIdentity model;
  private final String serviceVersion;
  private final Clock clock;

  /** {@code model} is the identity of the recognizers' model, or null when only patterns run. */
  public DocumentExtractor(List<EntityRecognizer> recognizers, KeyFieldExtractor keyFields, Redactor redactor,
      ModelIdentity model, String serviceVersion, Clock clock) {
    this.recognizers = List.copyOf(recognizers);
    this.keyFields = keyFields;
    this.redactor = redactor;
    this.model = model;
    this.serviceVersion = serviceVersion;
    this.clock = clock;
  }

  /** The model behind the results, for replays pinned to a model version; empty when only patterns run. */
  public java.util.List<ModelIdentity> models() {
    return model == null ? java.util.List.of() : java.util.List.of(model);
  }

  public Extraction extract(NormalizedDocument document) {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long started = System.nanoTime();
    String text = document.getText();
    List<Span> chunks = chunkSpans(document);
    List<String> chunkTexts = chunks.stream().map(c -> text.substring(c.getStart(), c.getEnd())).toList();
    List<Mention> found = new ArrayList<>();
    long inferenceNanos = 0;
    for (EntityRecognizer recognizer : recognizers) {
      long recognizerStarted = System.nanoTime();
      List<List<Mention>> perChunk = recognizer.recognizeAll(chunkTexts);
      if (recognizer.usesModel()) {
        inferenceNanos += System.nanoTime() - recognizerStarted;
      }
      for (int c = 0; c < chunks.size(); c++) {
        int offset = chunks.get(c).getStart();
        perChunk.get(c).forEach(mention -> found.add(mention.shifted(offset)));
      }
    }
    List<Mention> mentions = MentionMerger.merge(found);
    RedactionPolicy policy = redactor.policy();
    return Extraction.newBuilder()
        .setDocumentId(document.getId())
        .setRevision(document.getRevision())
        .setEntities(mentions.stream().map(DocumentExtractor::entity).toList())
        .setKeyFields(keyFields.extract(text))
        .setRedactedText(redactor.redact(text, mentions))
        .setRedactionPolicy(policy == RedactionPolicy.NONE ? null : policy.name().toLowerCase(Locale.ROOT))
        .setProvenance(Provenance.newBuilder()
            .setService(SERVICE)
            .setServiceVersion(serviceVersion)
            .setModel(model)
            .setStartedAt(startedAt)
            .setProcessingMillis((System.nanoTime() - started) / 1_000_000)
            .setInferenceMillis(inferenceNanos / 1_000_000)
            .setChunksCovered(chunks.size())
            .setChunksTotal(Math.max(1, document.getChunks().size()))
            .build())
        .build();
  }

  /** The document's chunks, or the whole text as one when it has none. */
  static List<Span> chunkSpans(NormalizedDocument document) {
    if (document.getChunks().isEmpty()) {
      return List.of(new Span(0, document.getText().length()));
    }
    return document.getChunks().stream().map(Chunk::getSpan).toList();
  }

  private static Entity entity(Mention mention) {
    return Entity.newBuilder()
        .setType(mention.type().name())
        .setSpan(new Span(mention.start(), mention.end()))
        .setText(mention.text())
        .setNormalizedValue(mention.normalized())
        .setConfidence(mention.confidence())
        .setPersonalData(mention.type().personalData())
        .setRecognizer(mention.recognizer())
        .build();
  }
}
