package io.docintel.extractor.recognize;

import java.util.List;

/** Finds mentions in a text; offsets are relative to that text. Implementations are thread-safe. */
public interface EntityRecognizer {

  List<Mention> recognize(String text);
}
