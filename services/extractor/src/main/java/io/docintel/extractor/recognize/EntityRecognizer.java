package io.docintel.extractor.recognize;

import java.util.List;

/**
 * Finds mentions in a text; offsets are relative to that text. Implementations are thread-safe
 * and own no resources they were given.
 */
public interface EntityRecognizer {

  List<Mention> recognize(String text);

  /**
   * The mentions of several texts (a document's chunks), one list per text in order. Model
   * recognizers override this to run the model once per document rather than once per chunk.
   */
  default List<List<Mention>> recognizeAll(List<String> texts) {
    return texts.stream().map(this::recognize).toList();
  }

  /** Whether this recognizer runs a model; its time counts as inference time in provenance. */
  default boolean usesModel() {
    return false;
  }
}
