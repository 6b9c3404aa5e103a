package io.docintel.summarizer;

import io.docintel.schemas.ModelIdentity;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummaryMethod;
import io.docintel.schemas.SummarySentence;
import io.docintel.summarizer.abstractive.AbstractiveSummarizer;
import io.docintel.summarizer.abstractive.AbstractiveSummary;
import io.docintel.summarizer.extractive.ExtractiveSelection;
import io.docintel.summarizer.extractive.ExtractiveSummarizer;
import io.docintel.summarizer.rank.SentenceRanker.Ranked;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link NormalizedDocument} into its {@link Summary}: extractive by default (source
 * sentences with their offsets, {@code text.substring(start, end)} being the sentence), or
 * abstractive when a seq2seq model is configured (generated sentences, no offsets). Either way
 * the provenance names the model and how many of the document's chunks the summary covers.
 *
 * <p>Holds no resources: the embedder or generator behind it belongs to whoever made it.
 */
public final class DocumentSummarizer {

  /** The service name written into provenance. */
  public static final String SERVICE = "summarizer";

  private static final Logger log = LoggerFactory.getLogger(DocumentSummarizer.class);

  private final ExtractiveSummarizer extractive;
  private final AbstractiveSummarizer abstractive;
  private final ModelIdentity model;
  private final String serviceVersion;
  private final Clock clock;

  private DocumentSummarizer(ExtractiveSummarizer extractive, AbstractiveSummarizer abstractive,
      io.docintel.inference.model.ModelIdentity model, String serviceVersion, Clock clock) {
    this.extractive = extractive;
    this.abstractive = abstractive;
    this.model = new ModelIdentity(model.name(), model.version(), model.sha256());
    this.serviceVersion = Objects.requireNonNull(serviceVersion, "serviceVersion");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Extractive summaries; {@code model} is the embedding model behind {@code summarizer}. */
  public static DocumentSummarizer extractive(ExtractiveSummarizer summarizer,
      io.docintel.inference.model.ModelIdentity model, String serviceVersion, Clock clock) {
    return new DocumentSummarizer(Objects.requireNonNull(summarizer), null, model, serviceVersion, clock);
  }

  /** Abstractive summaries; {@code model} is the seq2seq model behind {@code summarizer}. */
  public static DocumentSummarizer abstractive(AbstractiveSummarizer summarizer,
      io.docintel.inference.model.ModelIdentity model, String serviceVersion, Clock clock) {
    return new DocumentSummarizer(null, Objects.requireNonNull(summarizer), model, serviceVersion, clock);
  }

  /** The model behind the results, for replays pinned to a model version. */
  public java.util.List<ModelIdentity> models() {
    return java.util.List.of(model);
  }

  public Summary summarize(NormalizedDocument document) {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long startNanos = System.nanoTime();
    Summary.Builder summary = Summary.newBuilder().setDocumentId(document.getId())
        .setRevision(document.getRevision());
    Provenance.Builder provenance = Provenance.newBuilder()
        .setService(SERVICE).setServiceVersion(serviceVersion).setModel(model).setStartedAt(startedAt);
    List<SummarySentence> sentences;
    if (extractive != null) {
      ExtractiveSelection selection = extractive.select(document.getText(), document.getSentences(), document.getChunks());
      sentences = selection.sentences().stream().map(ranked -> fromSource(document, ranked)).toList();
      summary.setMethod(SummaryMethod.EXTRACTIVE);
      provenance.setInferenceMillis(selection.embeddingMillis())
          .setChunksCovered(selection.chunksCovered()).setChunksTotal(selection.chunksTotal());
    } else {
      AbstractiveSummary generated = abstractive.summarize(document.getText(), document.getChunks());
      sentences = generated.sentences().stream()
          .map(text -> new SummarySentence(text, null, generated.score())).toList();
      summary.setMethod(SummaryMethod.ABSTRACTIVE);
      provenance.setInferenceMillis(generated.generationMillis())
          .setChunksCovered(generated.chunksCovered()).setChunksTotal(generated.chunksTotal());
    }
    long processingMillis = (System.nanoTime() - startNanos) / 1_000_000;
    log.debug("summarized document {}: {} sentences in {} ms", document.getId(), sentences.size(), processingMillis);
    return summary
        .setText(String.join(" ", sentences.stream().map(SummarySentence::getText).toList()))
        .setSentences(sentences)
        .setProvenance(provenance.setProcessingMillis(processingMillis).build())
        .build();
  }

  private static SummarySentence fromSource(NormalizedDocument document, Ranked ranked) {
    Span span = document.getSentences().get(ranked.sentence());
    String text = document.getText().substring(span.getStart(), span.getEnd());
    return new SummarySentence(text, new Span(span.getStart(), span.getEnd()), ranked.score());
  }
}
