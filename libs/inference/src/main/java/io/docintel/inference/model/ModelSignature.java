package io.docintel.inference.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The input and output names one ONNX file must have for a task. Optional inputs (such as
 * {@code token_type_ids} or {@code past_key_values.*}) are allowed but not required; any
 * other input the file declares is an error, because docintel would not feed it.
 */
public record ModelSignature(String file, Set<String> requiredInputs, Set<String> optionalInputs,
    List<String> optionalInputPrefixes, Set<String> anyOfOutputs) {

  public static final String INPUT_IDS = "input_ids";
  public static final String ATTENTION_MASK = "attention_mask";
  public static final String TOKEN_TYPE_IDS = "token_type_ids";

  public static ModelSignature encoder(String file, Set<String> anyOfOutputs) {
    return new ModelSignature(file, Set.of(INPUT_IDS, ATTENTION_MASK), Set.of(TOKEN_TYPE_IDS), List.of(),
        anyOfOutputs);
  }

  /** Seq2seq decoder, with or without past key values. */
  public static ModelSignature decoder(String file) {
    return new ModelSignature(file, Set.of(INPUT_IDS),
        Set.of("encoder_hidden_states", "encoder_attention_mask", "use_cache_branch"),
        List.of("past_key_values."), Set.of("logits"));
  }

  /** Throws with what was expected and what was found if the names do not fit. */
  public void check(String modelDescription, String task, Set<String> inputs, Set<String> outputs) {
    List<String> problems = new ArrayList<>();
    Set<String> missing = new TreeSet<>(requiredInputs);
    missing.removeAll(inputs);
    if (!missing.isEmpty()) {
      problems.add("missing inputs " + missing);
    }
    Set<String> unknown = new TreeSet<>();
    for (String in : inputs) {
      if (!requiredInputs.contains(in) && !optionalInputs.contains(in)
          && optionalInputPrefixes.stream().noneMatch(in::startsWith)) {
        unknown.add(in);
      }
    }
    if (!unknown.isEmpty()) {
      problems.add("unexpected inputs " + unknown);
    }
    if (outputs.stream().noneMatch(anyOfOutputs::contains)) {
      problems.add("no output named any of " + new TreeSet<>(anyOfOutputs));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Model " + modelDescription + " (" + task + ") file " + file + ": "
          + String.join("; ", problems) + ". Expected inputs " + new TreeSet<>(requiredInputs)
          + " (optional " + new TreeSet<>(optionalInputs)
          + (optionalInputPrefixes.isEmpty() ? "" : " and " + optionalInputPrefixes + "*")
          + ") and an output among " + new TreeSet<>(anyOfOutputs) + "; found inputs "
          + new TreeSet<>(inputs) + " and outputs " + new TreeSet<>(outputs));
    }
  }
}
