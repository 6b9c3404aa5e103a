package io.docintel.inference.runtime;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.docintel.inference.batch.PaddedBatch;
import io.docintel.inference.model.ModelSignature;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an encoder-style session on a {@link PaddedBatch}: feeds {@code input_ids},
 * {@code attention_mask} and, only if the session declares it, {@code token_type_ids};
 * returns one named float output copied out of native memory, or, with {@link #runPinned},
 * has ONNX Runtime write it straight into a reused per-thread buffer that a reader consumes in
 * place (for large outputs such as token states, which the caller only pools: no copy, no garbage).
 * All tensors are closed here; inputs live in reused per-thread direct buffers so that a long
 * loop keeps memory flat.
 */
public final class EncoderExecution {

  private EncoderExecution() {
  }

  /** Runs and returns the first of {@code outputNames} that the session has. */
  public static FloatTensor run(OnnxSession session, PaddedBatch batch, Set<String> outputNames) {
    String output = outputName(session, outputNames);
    return withInputs(session, batch, inputs -> {
      try (OrtSession.Result result = session.session().run(inputs, Set.of(output))) {
        return copy(result.get(output).orElseThrow());
      }
    });
  }

  /**
   * Runs with the first of {@code outputNames} that the session has, shaped {@code [batch, length,
   * width]}, written by ONNX Runtime into this thread's reused output buffer; {@code reader} gets
   * that buffer (position 0, the output's size as limit) and must not keep it past its return.
   */
  public static <T> T runPinned(OnnxSession session, PaddedBatch batch, Set<String> outputNames, int width,
      Function<FloatBuffer, T> reader) {
    String output = outputName(session, outputNames);
    return withInputs(session, batch, inputs -> {
      FloatBuffer buffer = ScratchBuffers.floats(batch.size() * batch.length() * width);
      try (OnnxTensor pinned = OnnxTensor.createTensor(OrtRuntime.environment(), buffer,
          new long[] {batch.size(), batch.length(), width})) {
        try (OrtSession.Result result = session.session().run(inputs, Set.of(), Map.of(output, pinned))) {
          return reader.apply(buffer.duplicate().position(0).limit(batch.size() * batch.length() * width));
        }
      }
    });
  }

  /** The last dimension of a float output, or -1 when the model leaves it open or has no such output. */
  public static int lastDimension(OnnxSession session, Set<String> outputNames) {
    try {
      String output = outputName(session, outputNames);
      if (session.session().getOutputInfo().get(output).getInfo() instanceof TensorInfo info
          && info.type == OnnxJavaType.FLOAT && info.getShape().length == 3) {
        long width = info.getShape()[2];
        return width > 0 ? (int) width : -1;
      }
      return -1;
    } catch (OrtException | IllegalArgumentException e) {
      return -1;
    }
  }

  private interface Run<T> {
    T apply(Map<String, OnnxTensor> inputs) throws OrtException;
  }

  private static String outputName(OnnxSession session, Set<String> outputNames) {
    return outputNames.stream().filter(session.outputNames()::contains).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Session " + session.fileName()
            + " has none of the outputs " + outputNames + "; it has " + session.outputNames()));
  }

  private static <T> T withInputs(OnnxSession session, PaddedBatch batch, Run<T> run) {
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
      return run.apply(inputs);
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
