package io.docintel.enricher;

import io.docintel.schemas.Classification;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.LabelScore;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummaryMethod;
import io.docintel.schemas.SummarySentence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** Hand-made records of each kind the enricher joins, for one document id. */
final class TestResults {

  static final Instant EVENT_TIME = Instant.parse("2026-11-01T10:00:00Z");

  private TestResults() {}

  static NormalizedDocument normalized(String id) {
    String text = "Invoice " + id + " is due.";
    return NormalizedDocument.newBuilder()
        .setId(id).setTenant("tenant-" + id).setSource("test").setMetadata(Map.of("origin", "test"))
        .setEventTime(EVENT_TIME).setContentType("text/plain").setText(text).setLanguage("en")
        .setLanguageConfidence(0.99).setContentSha256("a".repeat(64))
        .setSentences(List.of(new Span(0, text.length()))).setChunks(List.of()).setTokenizer("test").setTokenCount(5)
        .setProvenance(provenance("normalizer")).build();
  }

  static Extraction extraction(String id) {
    return Extraction.newBuilder().setDocumentId(id).setEntities(List.of()).setKeyFields(Map.of("invoice_number", id))
        .setRedactedText(null).setRedactionPolicy(null).setProvenance(provenance("extractor")).build();
  }

  static Classification classification(String id, String label) {
    return Classification.newBuilder().setDocumentId(id).setLabels(List.of(new LabelScore(label, 0.9)))
        .setMultiLabel(false).setEmbedding(List.of()).setEscalated(false).setPrototypeVersion(null)
        .setProvenance(provenance("classifier")).build();
  }

  static Summary summary(String id) {
    String sentence = "Invoice " + id + " is due.";
    return Summary.newBuilder().setDocumentId(id).setMethod(SummaryMethod.EXTRACTIVE).setText(sentence)
        .setSentences(List.of(new SummarySentence(sentence, new Span(0, sentence.length()), 1.0)))
        .setProvenance(provenance("summarizer")).build();
  }

  /** {@code record} (any of the above) answering {@code revision} of its document instead. */
  static <T extends SpecificRecord> T revised(T record, long revision) {
    record.put(record.getSchema().getField("revision").pos(), revision);
    return record;
  }

  private static Provenance provenance(String service) {
    return Provenance.newBuilder().setService(service).setServiceVersion("test").setModel(null)
        .setStartedAt(EVENT_TIME).setProcessingMillis(1).setInferenceMillis(0).setChunksCovered(1).setChunksTotal(1)
        .build();
  }
}
