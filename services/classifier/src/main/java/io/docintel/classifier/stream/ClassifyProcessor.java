package io.docintel.classifier.stream;

import io.docintel.classifier.ClassifierOptions;
import io.docintel.classifier.feedback.DocumentEmbeddings;
import io.docintel.classifier.feedback.StoredLearnedPrototypes;
import io.docintel.classifier.scoring.ChunkSelection;
import io.docintel.classifier.scoring.ChunkText;
import io.docintel.classifier.scoring.DocumentClassifier;
import io.docintel.classifier.scoring.Verdict;
import io.docintel.schemas.Chunk;
import io.docintel.schemas.Classification;
import io.docintel.schemas.NormalizedDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Classifies each normalized document from its chunks (spread evenly over long documents up to
 * the limit), with the prototypes feedback has taught so far (the global prototype store), and
 * keeps the embeddings of the models that ran in the document-embeddings store so that a later
 * correction can use them. A document without text throws, which dead-letters it.
 */
final class ClassifyProcessor implements Processor<String, NormalizedDocument, String, Classification> {

  private final DocumentClassifier classifier;
  private final ClassifierOptions options;
  private final Clock clock;
  private ProcessorContext<String, Classification> context;
  private WindowStore<String, byte[]> embeddings;
  private StoredLearnedPrototypes learned;

  ClassifyProcessor(DocumentClassifier classifier, ClassifierOptions options, Clock clock) {
    this.classifier = classifier;
    this.options = options;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Classification> context) {
    this.context = context;
    this.embeddings = context.getStateStore(ClassifierStores.DOCUMENT_EMBEDDINGS);
    KeyValueStore<String, byte[]> prototypes = context.getStateStore(ClassifierStores.PROTOTYPES);
    this.learned = new StoredLearnedPrototypes(prototypes);
  }

  @Override
  public void process(Record<String, NormalizedDocument> record) {
    Instant startedAt = clock.instant();
    long started = System.nanoTime();
    NormalizedDocument document = record.value();
    List<ChunkText> chunks = chunkTexts(document);
    List<ChunkText> selected = ChunkSelection.spread(chunks, options.maxChunks());
    Verdict verdict = classifier.classify(selected, learned);
    if (!verdict.embeddingsByModel().isEmpty()) {
      embeddings.put(document.getId(), new DocumentEmbeddings(verdict.embeddingsByModel()).toBytes(),
          record.timestamp());
    }
    long processingMillis = (System.nanoTime() - started) / 1_000_000;
    Classification result = ClassificationRecords.of(document.getId(), document.getRevision(), verdict,
        options.serviceVersion(), startedAt, processingMillis, verdict.chunksScored(), chunks.size());
    context.forward(record.withValue(result));
  }

  /** The document's chunks as text; a document the normalizer did not chunk is one chunk. */
  static List<ChunkText> chunkTexts(NormalizedDocument document) {
    String text = document.getText();
    List<ChunkText> chunks = new ArrayList<>();
    for (Chunk chunk : document.getChunks()) {
      String chunkText = text.substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd());
      if (!chunkText.isBlank()) {
        chunks.add(new ChunkText(chunkText, chunk.getTokenCount()));
      }
    }
    if (chunks.isEmpty() && !text.isBlank()) {
      chunks.add(new ChunkText(text, document.getTokenCount()));
    }
    if (chunks.isEmpty()) {
      throw new IllegalArgumentException("document " + document.getId() + " has no text to classify");
    }
    return chunks;
  }
}
