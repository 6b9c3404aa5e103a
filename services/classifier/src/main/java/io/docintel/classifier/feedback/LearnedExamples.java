package io.docintel.classifier.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The examples feedback taught one model for one label, oldest first, each with the document it
 * came from (a document counts once: a newer correction of it replaces the older one).
 */
public record LearnedExamples(List<Example> examples) {

  /** One corrected document's embedding. */
  public record Example(String documentId, float[] vector) {
  }

  public LearnedExamples {
    examples = List.copyOf(examples);
  }

  public static LearnedExamples none() {
    return new LearnedExamples(List.of());
  }

  public boolean has(String documentId) {
    return examples.stream().anyMatch(e -> e.documentId().equals(documentId));
  }

  public LearnedExamples without(String documentId) {
    return new LearnedExamples(examples.stream().filter(e -> !e.documentId().equals(documentId)).toList());
  }

  /** With {@code example} added last, dropping the oldest beyond {@code max}. */
  public LearnedExamples with(Example example, int max) {
    List<Example> kept = new ArrayList<>(without(example.documentId()).examples);
    kept.add(example);
    return new LearnedExamples(kept.subList(Math.max(0, kept.size() - max), kept.size()));
  }

  public List<float[]> vectors() {
    return examples.stream().map(Example::vector).toList();
  }

  public byte[] toBytes() {
    return VectorCodec.encode(out -> {
      out.writeInt(examples.size());
      for (Example example : examples) {
        out.writeUTF(example.documentId());
        VectorCodec.writeVector(out, example.vector());
      }
    });
  }

  public static LearnedExamples fromBytes(byte[] bytes) {
    return VectorCodec.decode(bytes, in -> {
      int count = in.readInt();
      List<Example> examples = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        examples.add(new Example(in.readUTF(), VectorCodec.readVector(in)));
      }
      return new LearnedExamples(examples);
    });
  }
}
