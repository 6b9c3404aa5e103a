package io.docintel.classifier.feedback;

import java.util.List;
import java.util.Map;

/**
 * What feedback has taught so far, per model: the version of that model's prototypes (0 before
 * any feedback; it grows with every correction applied to the model) and the learned examples per
 * label. Read by the classifying tasks from the global prototype store.
 */
public interface LearnedPrototypes {

  /** Nothing learned: every version 0. */
  LearnedPrototypes NONE = new LearnedPrototypes() {
    @Override
    public long version(String model) {
      return 0;
    }

    @Override
    public Map<String, List<float[]>> examples(String model) {
      return Map.of();
    }
  };

  long version(String model);

  /** Learned example vectors by label. */
  Map<String, List<float[]>> examples(String model);
}
