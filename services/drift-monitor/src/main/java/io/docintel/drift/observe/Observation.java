package io.docintel.drift.observe;

import java.util.Map;

/**
 * What the drift monitor keeps of one result: never the document's text or id, only the numbers
 * the drift metrics need. Fields a kind does not use are empty.
 *
 * @param key model the observation is about
 * @param sha256 that model's weights hash, or empty
 * @param label top label (classification)
 * @param scores the top-k scores, best first (classification)
 * @param escalated whether the stronger model decided (classification)
 * @param truncated whether the result covered fewer chunks than the document has (classification)
 * @param embedding document embedding, possibly empty (classification)
 * @param tokens tokens in the document (input; extraction when known, else -1)
 * @param chunks chunks of the document (input)
 * @param language detected language (input)
 * @param entities mentions per entity type (extraction)
 * @param personalData whether any mention is personal data (extraction)
 * @param correct whether the predicted label in {@code label} was the right one (feedback)
 */
public record Observation(ModelKey key, String sha256, String label, double[] scores, boolean escalated,
    boolean truncated, float[] embedding, int tokens, int chunks, String language, Map<String, Integer> entities,
    boolean personalData, boolean correct, int unknownTokens) {

  public Observation {
    entities = Map.copyOf(entities);
  }

  /** An observation with no unknown tokens: everything but the normalizer's input observations. */
  public Observation(ModelKey key, String sha256, String label, double[] scores, boolean escalated,
      boolean truncated, float[] embedding, int tokens, int chunks, String language, Map<String, Integer> entities,
      boolean personalData, boolean correct) {
    this(key, sha256, label, scores, escalated, truncated, embedding, tokens, chunks, language, entities,
        personalData, correct, 0);
  }


  /** The top label's score, or 0 without labels. */
  public double confidence() {
    return scores.length == 0 ? 0 : scores[0];
  }
}
