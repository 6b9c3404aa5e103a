package io.docintel.inference.runtime;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.docintel.inference.batch.PaddedBatch;
import io.docintel.inference.model.ModelSignature;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs an encoder-style session on a {@link PaddedBatch}: feeds {@code input_ids},
 * {@code attention_mask} and, only if the session declares it, {@code token_type_ids};
 * returns one named float output copied out of native memory. All tensors are closed here;
 * inputs live in reused per-thread direct buffers so that a long loop keeps memory flat.
 */
public final class EncoderExecution {

  private EncoderExecution() {
  }

  /** Runs and returns the first of {@code outputNames} that the session has. */
  public static FloatTensor run(OnnxSession session, PaddedBatch batch, Set<String> outputNames) {
    String output = outputNames.stream().filter(session.outputNames()::contains).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Session " + session.fileName()
            + " has none of the outputs " + outputNames + "; it has " + session.outputNames()));
    OrtEnvironment env = OrtRuntime.environment();
    long[] shape = batch.shape();
    try (OnnxTensor ids = OnnxTensor.createTensor(env, ScratchBuffers.longs(0, batch.inputIds()), shape);
        OnnxTensor mask = OnnxTensor.createTensor(env, ScratchBuffers.longs(1, batch.attentionMask()), shape);
        OnnxTensor types = session.inputNames().contains(ModelSignature.TOKEN_TYPE_IDS)
            ? OnnxTensor.createTensor(env, ScratchBuffers.longs(2, batch.tokenTypeIds()), shape) : null) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put(ModelSignature.INPUT_IDS, ids);
      inputs.put(ModelSignature.ATTENTION_MASK, mask);
      if (types != null) {
        inputs.put(ModelSignature.TOKEN_TYPE_IDS, types);
      }
      try (OrtSession.Result result = session.session().run(inputs, Set.of(output))) {
        return copy(result.get(output).orElseThrow());
      }
    } catch (OrtException e) {
      throw new IllegalStateException("Inference failed in " + session.fileName() + ": " + e.getMessage(), e);
    }
  }

  /** Copies a float tensor out of native memory. */
  public static FloatTensor copy(OnnxValue value) {
    if (!(value instanceof OnnxTensor tensor)) {
      throw new IllegalStateException("Expected a tensor output but got " + value.getType());
    }
    FloatBuffer buffer = tensor.getFloatBuffer();
    if (buffer == null) {
      throw new IllegalStateException("Expected a float tensor but got " + tensor.getInfo());
    }
    float[] data = new float[buffer.remaining()];
    buffer.get(data);
    return new FloatTensor(data, tensor.getInfo().getShape());
  }
}
