package io.docintel.extractor;

import io.docintel.common.topic.Topic;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.NormalizedDocument;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code docintel.documents.normalized.v1} → {@code docintel.extractions.v1}: one extraction per
 * document, under the same key. A failure dead-letters the document and the next one goes on.
 */
public final class ExtractorTopology {

  public static final String EXTRACT = "extract";

  private ExtractorTopology() {}

  public static Topology build(
      Topic<String, NormalizedDocument> normalized, Topic<String, Extraction> extractions, DocumentExtractor extractor) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(normalized.name(), normalized.consumed())
        .mapValues(extractor::extract, Named.as(EXTRACT))
        .to(extractions.name(), extractions.produced());
    return builder.build();
  }
}
