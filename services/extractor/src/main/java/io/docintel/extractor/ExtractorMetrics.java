package io.docintel.extractor;

import io.docintel.schemas.Entity;
import io.docintel.schemas.Extraction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The extractor's metric names and tags, and how one extraction is counted. */
public final class ExtractorMetrics {

  /** Counter: documents extracted. */
  public static final String DOCUMENTS = "docintel.extractor.documents";
  /** Counter: entities published; tags type, recognizer, pii (true/false). */
  public static final String ENTITIES = "docintel.extractor.entities";
  /** Counter: key fields found; tag field (a configured name). */
  public static final String KEY_FIELDS = "docintel.extractor.key.fields";

  public static final String TYPE = "type";
  public static final String RECOGNIZER = "recognizer";
  public static final String PII = "pii";
  public static final String FIELD = "field";

  private final MeterRegistry meters;
  private final Counter documents;

  public ExtractorMetrics(MeterRegistry meters) {
    this.meters = meters;
    this.documents = meters.counter(DOCUMENTS);
  }

  public void record(Extraction extraction) {
    documents.increment();
    for (Entity entity : extraction.getEntities()) {
      meters.counter(ENTITIES, TYPE, entity.getType(), RECOGNIZER, entity.getRecognizer(),
          PII, String.valueOf(entity.getPersonalData())).increment();
    }
    extraction.getKeyFields().keySet().forEach(field -> meters.counter(KEY_FIELDS, FIELD, field).increment());
  }
}
