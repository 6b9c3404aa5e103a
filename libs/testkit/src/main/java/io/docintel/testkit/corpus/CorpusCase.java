package io.docintel.testkit.corpus;

import java.util.Objects;

/**
 * One case of the bad-input corpus: a unique name (also the document id it is posted under), what
 * it exercises, how it is posted, and the outcome the pipeline must reach.
 */
public record CorpusCase(String name, String description, CorpusInput input, ExpectedOutcome expected) {

  public CorpusCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(expected, "expected");
  }

  /** True for raw-record cases, which bypass the document serde. */
  public boolean wireLevel() {
    return input instanceof CorpusInput.WireRecord;
  }

  @Override
  public String toString() {
    return name;
  }
}
