package io.docintel.inference.pipeline.seq2seq;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.runtime.EncoderExecution;
import io.docintel.inference.runtime.FloatTensor;
import io.docintel.inference.runtime.OnnxSession;
import io.docintel.inference.runtime.OrtRuntime;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a seq2seq export's decoder for one input text. Without a KV cache, every step feeds the
 * whole prefix to {@code decoder_model.onnx}. With one, the first step's {@code present.*}
 * outputs become the next step's {@code past_key_values.*} inputs (reordered to follow the
 * beams) for {@code decoder_with_past_model.onnx}, or {@code decoder_model_merged.onnx} with
 * {@code use_cache_branch}. The cache lives in Java arrays between steps; every native tensor
 * is closed within its step.
 */
final class OnnxDecoderScorer implements NextTokenScorer {

  private static final String PAST = "past_key_values.";
  private static final String PRESENT = "present.";

  private final OnnxSession decoder;
  private final OnnxSession withPast;
  private final boolean merged;
  private final FloatTensor encoderHidden;
  private final long[] encoderMask;
  private Map<String, FloatTensor> past = new LinkedHashMap<>();
  private int cachedSteps;

  OnnxDecoderScorer(LoadedModel model, FloatTensor encoderHidden, long[] encoderMask, boolean useCache) {
    this.encoderHidden = encoderHidden;
    this.encoderMask = encoderMask;
    var mergedSession = model.session(ModelLoader.DECODER_MERGED);
    this.merged = mergedSession.isPresent();
    this.decoder = mergedSession.orElseGet(() -> model.session(ModelLoader.DECODER).orElseThrow());
    this.withPast = !useCache ? null
        : merged ? decoder : model.session(ModelLoader.DECODER_WITH_PAST).orElse(null);
  }

  /** Steps that ran on the cache rather than the full prefix. */
  int cachedSteps() {
    return cachedSteps;
  }

  @Override
  public float[][] nextLogits(List<long[]> sequences, int[] parents) {
    int n = sequences.size();
    boolean cached = withPast != null && !past.isEmpty();
    OnnxSession session = cached ? withPast : decoder;
    int length = cached ? 1 : sequences.get(0).length;
    long[] ids = new long[n * length];
    for (int i = 0; i < n; i++) {
      long[] s = sequences.get(i);
      System.arraycopy(s, s.length - length, ids, i * length, length);
    }
    if (cached) {
      past = reorder(past, parents);
      cachedSteps++;
    }
    OrtEnvironment env = OrtRuntime.environment();
    List<OnnxTensor> owned = new ArrayList<>();
    try {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      var declared = session.inputNames();
      inputs.put("input_ids", track(owned, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {n, length})));
      if (declared.contains("encoder_hidden_states")) {
        inputs.put("encoder_hidden_states", track(owned, repeatHidden(env, n)));
      }
      if (declared.contains("encoder_attention_mask")) {
        long[] mask = new long[n * encoderMask.length];
        for (int i = 0; i < n; i++) {
          System.arraycopy(encoderMask, 0, mask, i * encoderMask.length, encoderMask.length);
        }
        inputs.put("encoder_attention_mask", track(owned,
            OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[] {n, encoderMask.length})));
      }
      if (declared.contains("use_cache_branch")) {
        inputs.put("use_cache_branch", track(owned, OnnxTensor.createTensor(env, new boolean[] {cached})));
      }
      for (String name : declared) {
        if (name.startsWith(PAST)) {
          inputs.put(name, track(owned, cached ? tensor(env, past.get(name), name) : emptyPast(env, session, name, n)));
        }
      }
      try (OrtSession.Result result = session.session().run(inputs)) {
        FloatTensor logits = EncoderExecution.copy(result.get("logits").orElseThrow());
        if (withPast != null) {
          Map<String, FloatTensor> next = new LinkedHashMap<>(past);
          for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
            if (e.getKey().startsWith(PRESENT)) {
              next.put(PAST + e.getKey().substring(PRESENT.length()), EncoderExecution.copy(e.getValue()));
            }
          }
          past = next;
        }
        float[][] out = new float[n][];
        int steps = logits.dim(1);
        for (int i = 0; i < n; i++) {
          out[i] = logits.row(i, steps - 1);
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("Decoder step failed in " + session.fileName() + ": " + e.getMessage(), e);
    } finally {
      owned.forEach(OnnxTensor::close);
    }
  }

  private static OnnxTensor track(List<OnnxTensor> owned, OnnxTensor t) {
    owned.add(t);
    return t;
  }

  private OnnxTensor repeatHidden(OrtEnvironment env, int n) throws OrtException {
    int rowSize = encoderHidden.data().length;
    float[] data = new float[n * rowSize];
    for (int i = 0; i < n; i++) {
      System.arraycopy(encoderHidden.data(), 0, data, i * rowSize, rowSize);
    }
    long[] shape = encoderHidden.shape().clone();
    shape[0] = n;
    return OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
  }

  private static OnnxTensor tensor(OrtEnvironment env, FloatTensor t, String name) throws OrtException {
    if (t == null) {
      throw new IllegalStateException("Decoder wants " + name + " but the previous step gave no "
          + PRESENT + name.substring(PAST.length()));
    }
    return OnnxTensor.createTensor(env, FloatBuffer.wrap(t.data()), t.shape());
  }

  /** A zero-length past for the first step of a merged decoder: batch n, dynamic dims 0. */
  private static OnnxTensor emptyPast(OrtEnvironment env, OnnxSession session, String name, int n)
      throws OrtException {
    NodeInfo info = session.session().getInputInfo().get(name);
    long[] shape = ((TensorInfo) info.getInfo()).getShape().clone();
    shape[0] = n;
    for (int i = 1; i < shape.length; i++) {
      if (shape[i] < 0) {
        shape[i] = 0;
      }
    }
    return OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape);
  }

  private static Map<String, FloatTensor> reorder(Map<String, FloatTensor> cache, int[] parents) {
    Map<String, FloatTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, FloatTensor> e : cache.entrySet()) {
      FloatTensor t = e.getValue();
      int rowSize = (int) (t.data().length / t.shape()[0]);
      float[] data = new float[parents.length * rowSize];
      for (int i = 0; i < parents.length; i++) {
        System.arraycopy(t.data(), parents[i] * rowSize, data, i * rowSize, rowSize);
      }
      long[] shape = t.shape().clone();
      shape[0] = parents.length;
      out.put(e.getKey(), new FloatTensor(data, shape));
    }
    return out;
  }
}
