package io.docintel.normalizer;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import io.docintel.schemas.Document;

/**
 * Checks that a record on {@code docintel.documents.v1} carries a document before it is
 * normalized: a tombstone (no value) would otherwise fail deep inside with a bare
 * NullPointerException, and a record without a key would yield results that no join downstream
 * can match, since keys are document ids everywhere.
 */
final class PostedRecord {

  private PostedRecord() {}

  /** {@code document}, if the record has both key and value. */
  static Document require(String key, Document document) {
    if (document == null) {
      throw new UnreadableDocumentException(Reason.NOT_A_DOCUMENT, "the record has no value (a tombstone)");
    }
    if (key == null) {
      throw new UnreadableDocumentException(Reason.NOT_A_DOCUMENT,
          "the record has no key: keys are document ids (document " + document.getId() + ")");
    }
    return document;
  }
}
