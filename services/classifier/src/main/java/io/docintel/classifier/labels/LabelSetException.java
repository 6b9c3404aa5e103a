package io.docintel.classifier.labels;

import java.util.List;

/** A label set file that cannot be used; the message lists every problem and names the file. */
public final class LabelSetException extends IllegalArgumentException {

  private final List<String> problems;

  public LabelSetException(String source, List<String> problems) {
    super("label set " + source + " is invalid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
