package io.docintel.common.topic;

import io.docintel.schemas.Classification;
import io.docintel.schemas.DeadLetter;
import io.docintel.schemas.Document;
import io.docintel.schemas.DocumentAccepted;
import io.docintel.schemas.DriftReport;
import io.docintel.schemas.EnrichedDocument;
import io.docintel.schemas.Extraction;
import io.docintel.schemas.Feedback;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * docintel's topics with their serdes. Keys are document ids as UTF-8 strings, so one
 * document's records stay on one partition; values are Avro in Confluent's wire format.
 */
public final class Topics {

  private final ValueSerdes serdes;

  public Topics(ValueSerdes serdes) {
    this.serdes = serdes;
  }

  public Topic<String, Document> documents() {
    return keyedById(TopicNames.DOCUMENTS, Document.class);
  }

  public Topic<String, NormalizedDocument> normalized() {
    return keyedById(TopicNames.NORMALIZED, NormalizedDocument.class);
  }

  public Topic<String, Extraction> extractions() {
    return keyedById(TopicNames.EXTRACTIONS, Extraction.class);
  }

  public Topic<String, Classification> classifications() {
    return keyedById(TopicNames.CLASSIFICATIONS, Classification.class);
  }

  public Topic<String, Summary> summaries() {
    return keyedById(TopicNames.SUMMARIES, Summary.class);
  }

  public Topic<String, EnrichedDocument> enriched() {
    return keyedById(TopicNames.ENRICHED, EnrichedDocument.class);
  }

  public Topic<String, Feedback> feedback() {
    return keyedById(TopicNames.FEEDBACK, Feedback.class);
  }

  public Topic<String, DocumentAccepted> accepted() {
    return keyedById(TopicNames.GATEWAY_ACCEPTED, DocumentAccepted.class);
  }

  public Topic<String, DriftReport> drift() {
    return keyedById(TopicNames.DRIFT, DriftReport.class);
  }

  /**
   * A service's dead letters. Keys are the failed record's original key bytes, which need not
   * be a string, so they stay bytes.
   */
  public Topic<byte[], DeadLetter> deadLetters(String service) {
    return new Topic<>(TopicNames.deadLetters(service), Serdes.ByteArray(), serdes.forValues(DeadLetter.class));
  }

  /** Every topic of a document's path through docintel, in flow order. */
  public List<Topic<?, ?>> all() {
    return List.of(documents(), normalized(), extractions(), classifications(), summaries(), enriched(),
        drift(), feedback());
  }

  /** The topic of that name, including any service's dead-letter topic. */
  public Optional<Topic<?, ?>> named(String name) {
    Optional<String> service = TopicNames.deadLetterService(name);
    if (service.isPresent()) {
      return Optional.of(deadLetters(service.get()));
    }
    return all().stream().filter(topic -> topic.name().equals(name)).findFirst();
  }

  /** The names {@link #named} knows, for error messages. */
  public List<String> names() {
    List<String> names = new ArrayList<>(all().stream().map(Topic::name).toList());
    names.add(TopicNames.deadLetters("<service>"));
    return names;
  }

  private <V extends SpecificRecord> Topic<String, V> keyedById(String name, Class<V> type) {
    Serde<V> values = serdes.forValues(type);
    return new Topic<>(name, Serdes.String(), values);
  }
}
