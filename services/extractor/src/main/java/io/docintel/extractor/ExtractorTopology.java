package io.docintel.extractor;

import io.docintel.common.pin.ModelPinGuard;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code docintel.documents.normalized.v1} → {@code docintel.extractions.v1}: one extraction per
 * document, under the same key, counted in {@link ExtractorMetrics}. A document whose extraction
 * throws goes to {@code docintel.extractor.dlq.v1} through the service's exception handler; the
 * next record is processed as usual.
 */
public final class ExtractorTopology {

  /** Name of the processor that extracts; it appears in dead letters' stage. */
  public static final String EXTRACT = "extract";
  public static final String COUNT = "count";
  /** Name of the processor that refuses documents pinned to a model version not running here. */
  public static final String PIN = "model-pin";

  private ExtractorTopology() {}

  public static Topology build(Topic<String, NormalizedDocument> normalized, Topic<String, Extraction> extractions,
      DocumentExtractor extractor, ExtractorMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(normalized.name(), normalized.consumed())
        .processValues(ModelPinGuard.<NormalizedDocument>of(extractor.models()), Named.as(PIN))
        .mapValues(extractor::extract, Named.as(EXTRACT))
        .peek((id, extraction) -> metrics.record(extraction), Named.as(COUNT))
        .to(extractions.name(), extractions.produced());
    return builder.build();
  }
}
