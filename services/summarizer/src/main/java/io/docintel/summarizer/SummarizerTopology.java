package io.docintel.summarizer;

import io.docintel.common.pin.ModelPinGuard;
import io.docintel.common.topic.Topic;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code docintel.documents.normalized.v1} → {@code docintel.summaries.v1}: each normalized
 * document becomes one summary under the same key. A failure throws, and the service's
 * exception handler puts the document on {@code docintel.summarizer.dlq.v1}.
 */
public final class SummarizerTopology {

  /** Name of the processor that summarizes; it appears in dead letters' stage. */
  public static final String SUMMARIZE = "summarize";
  /** Name of the processor that refuses documents pinned to a model version not running here. */
  public static final String PIN = "model-pin";

  private SummarizerTopology() {}

  public static Topology build(
      Topic<String, NormalizedDocument> normalized, Topic<String, Summary> summaries, DocumentSummarizer summarizer) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(normalized.name(), normalized.consumed())
        .processValues(ModelPinGuard.<NormalizedDocument>of(summarizer.models()), Named.as(PIN))
        .mapValues(summarizer::summarize, Named.as(SUMMARIZE))
        .to(summaries.name(), summaries.produced());
    return builder.build();
  }
}
