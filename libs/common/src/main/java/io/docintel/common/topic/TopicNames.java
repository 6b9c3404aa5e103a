package io.docintel.common.topic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of docintel's topics. Versioned: a breaking change gets a new topic. */
public final class TopicNames {

  public static final String DOCUMENTS = "docintel.documents.v1";
  public static final String NORMALIZED = "docintel.documents.normalized.v1";
  public static final String EXTRACTIONS = "docintel.extractions.v1";
  public static final String CLASSIFICATIONS = "docintel.classifications.v1";
  public static final String SUMMARIES = "docintel.summaries.v1";
  public static final String ENRICHED = "docintel.enriched.v1";
  public static final String DRIFT = "docintel.drift.v1";
  public static final String FEEDBACK = "docintel.feedback.v1";
  /** The gateway's compacted record of the documents it accepted. */
  public static final String GATEWAY_ACCEPTED = "docintel.gateway.accepted.v1";
  public static final String SCHEMAS = "_schemas";
  /** Compacted: which dead letters {@code docintel dlq replay} has re-sent, keyed topic:partition:offset. */
  public static final String DLQ_REPLAYED = "docintel.dlq.replayed.v1";

  private static final Pattern DEAD_LETTERS = Pattern.compile("docintel\\.([a-z-]+)\\.dlq\\.v1");

  private TopicNames() {}

  /** The dead-letter topic of a service: {@code docintel.<service>.dlq.v1}. */
  public static String deadLetters(String service) {
    return "docintel." + service + ".dlq.v1";
  }

  /** The service whose dead-letter topic {@code name} is, if it is one. */
  public static Optional<String> deadLetterService(String name) {
    Matcher matcher = DEAD_LETTERS.matcher(name);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
