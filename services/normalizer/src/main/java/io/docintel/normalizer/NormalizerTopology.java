package io.docintel.normalizer;

import io.docintel.common.topic.Topic;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code docintel.documents.v1} → {@code docintel.documents.normalized.v1}: each posted document
 * becomes one normalized document under the same key. A record without key or value, or a
 * document that cannot be read, throws, and the service's exception handler puts it on
 * {@code docintel.normalizer.dlq.v1} with its original bytes; the next record is processed as usual.
 */
public final class NormalizerTopology {

  /** Name of the processor that normalizes; it appears in dead letters' stage. */
  public static final String NORMALIZE = "normalize";

  private NormalizerTopology() {}

  public static Topology build(
      Topic<String, Document> documents, Topic<String, NormalizedDocument> normalized, DocumentNormalizer normalizer) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(documents.name(), documents.consumed())
        .mapValues((id, document) -> normalizer.normalize(PostedRecord.require(id, document)), Named.as(NORMALIZE))
        .to(normalized.name(), normalized.produced());
    return builder.build();
  }
}
