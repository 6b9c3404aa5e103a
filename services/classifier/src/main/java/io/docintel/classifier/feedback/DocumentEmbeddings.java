package io.docintel.classifier.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document embeddings of every model that ran on one document, kept for a while after it was
 * classified so that a later correction can teach those models' prototypes.
 */
public record DocumentEmbeddings(Map<String, float[]> byModel) {

  public DocumentEmbeddings {
    byModel = Map.copyOf(byModel);
  }

  public byte[] toBytes() {
    return VectorCodec.encode(out -> {
      out.writeInt(byModel.size());
      for (Map.Entry<String, float[]> entry : byModel.entrySet()) {
        out.writeUTF(entry.getKey());
        VectorCodec.writeVector(out, entry.getValue());
      }
    });
  }

  public static DocumentEmbeddings fromBytes(byte[] bytes) {
    return VectorCodec.decode(bytes, in -> {
      int models = in.readInt();
      Map<String, float[]> byModel = new LinkedHashMap<>();
      for (int i = 0; i < models; i++) {
        byModel.put(in.readUTF(), VectorCodec.readVector(in));
      }
      return new DocumentEmbeddings(byModel);
    });
  }
}
