package io.docintel.classifier.feedback;

/**
 * One correction turned into a labelled example for one model: the document's embedding by that
 * model should count towards {@code label}. Travels on the single-partition updates topic.
 */
public record PrototypeUpdate(String model, String label, String documentId, float[] vector) {

  public byte[] toBytes() {
    return VectorCodec.encode(out -> {
      out.writeUTF(model);
      out.writeUTF(label);
      out.writeUTF(documentId);
      VectorCodec.writeVector(out, vector);
    });
  }

  public static PrototypeUpdate fromBytes(byte[] bytes) {
    return VectorCodec.decode(bytes, in ->
        new PrototypeUpdate(in.readUTF(), in.readUTF(), in.readUTF(), VectorCodec.readVector(in)));
  }
}
