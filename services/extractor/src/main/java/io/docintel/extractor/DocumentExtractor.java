package io.docintel.extractor;

import io.docintel.extractor.fields.KeyFieldExtractor;
import io.docintel.extractor.recognize.EntityRecognizer;
import io.docintel.extractor.recognize.Mention;
import io.docintel.extractor.recognize.MentionMerger;
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

/**
 * Turns a {@link NormalizedDocument} into an {@link Extraction}: every recognizer runs over each
 * chunk, mentions are moved back to whole-text offsets, overlaps (between recognizers, and between
 * neighbouring chunks) are merged, then key fields are read and personal data redacted as
 * configured. Thread-safe; holds no resources (the recognizers' owner closes them).
 */
public final class DocumentExtractor {

  public static final String SERVICE = "extractor";

  private final List<EntityRecognizer> recognizers;
  private final KeyFieldExtractor keyFields;
  private final Redactor redactor;
  private final ModelIdentity model;
  private final String serviceVersion;
  private final Clock clock;

  public DocumentExtractor(List<EntityRecognizer> recognizers, KeyFieldExtractor keyFields, Redactor redactor,
      ModelIdentity model, String serviceVersion, Clock clock) {
    this.recognizers = List.copyOf(recognizers);
    this.keyFields = keyFields;
    this.redactor = redactor;
    this.model = model;
    this.serviceVersion = serviceVersion;
    this.clock = clock;
  }

  public Extraction extract(NormalizedDocument document) {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long started = System.nanoTime();
    String text = document.getText();
    List<Mention> found = new ArrayList<>();
    for (Span chunk : chunkSpans(document)) {
      String chunkText = text.substring(chunk.getStart(), chunk.getEnd());
      for (EntityRecognizer recognizer : recognizers) {
        recognizer.recognize(chunkText).forEach(mention -> found.add(mention.shifted(chunk.getStart())));
      }
    }
    List<Mention> mentions = MentionMerger.merge(found);
    int chunks = Math.max(1, document.getChunks().size());
    return Extraction.newBuilder()
        .setDocumentId(document.getId())
        .setEntities(mentions.stream().map(DocumentExtractor::entity).toList())
        .setKeyFields(keyFields.extract(text))
        .setRedactedText(redactor.redact(text, mentions))
        .setRedactionPolicy(redactor.policy() == io.docintel.extractor.redact.RedactionPolicy.NONE
            ? null : redactor.policy().name().toLowerCase(java.util.Locale.ROOT))
        .setProvenance(Provenance.newBuilder()
            .setService(SERVICE)
            .setServiceVersion(serviceVersion)
            .setModel(model)
            .setStartedAt(startedAt)
            .setProcessingMillis((System.nanoTime() - started) / 1_000_000)
            .setChunksCovered(chunks)
            .setChunksTotal(chunks)
            .build())
        .build();
  }

  /** The document's chunks, or the whole text as one when it has none. */
  private static List<Span> chunkSpans(NormalizedDocument document) {
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
