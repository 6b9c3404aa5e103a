package io.docintel.extractor.recognize;

/**
 * One recognized mention: its type, half-open UTF-16 offsets into the text it was found in, the
 * mention itself, an optional canonical value, a confidence and the recognizer that found it.
 */
public record Mention(
    EntityType type, int start, int end, String text, String normalized, double confidence, String recognizer) {

  public int length() {
    return end - start;
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /** The same mention moved by {@code offset} characters, for chunk-relative offsets. */
  public Mention shifted(int offset) {
    return new Mention(type, start + offset, end + offset, text, normalized, confidence, recognizer);
  }
}
