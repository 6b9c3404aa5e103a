package io.docintel.inference.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/**
 * Per-thread, reused direct buffers for input tensors and pinned outputs. ONNX Runtime uses a
 * direct buffer in native order as is; a heap buffer it copies into a fresh direct buffer that is
 * only freed when the garbage collector gets to it, which makes resident memory climb under a
 * steady inference loop. A tensor built on a scratch buffer must be closed before the same thread
 * fills that slot again.
 */
final class ScratchBuffers {

  static final int SLOTS = 4;
  private static final ThreadLocal<LongBuffer[]> BUFFERS = ThreadLocal.withInitial(() -> new LongBuffer[SLOTS]);
  private static final ThreadLocal<FloatBuffer> OUTPUTS = new ThreadLocal<>();

  private ScratchBuffers() {
  }

  static LongBuffer longs(int slot, long[] values) {
    LongBuffer[] buffers = BUFFERS.get();
    LongBuffer buffer = buffers[slot];
    if (buffer == null || buffer.capacity() < values.length) {
      int capacity = Math.max(1024, Integer.highestOneBit(Math.max(1, values.length - 1)) << 1);
      buffer = ByteBuffer.allocateDirect(capacity * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
      buffers[slot] = buffer;
    }
    buffer.clear();
    buffer.put(values);
    buffer.flip();
    return buffer;
  }

  /** This thread's output buffer with room for {@code size} floats, positioned at 0 with limit {@code size}. */
  static FloatBuffer floats(int size) {
    FloatBuffer buffer = OUTPUTS.get();
    if (buffer == null || buffer.capacity() < size) {
      int capacity = Math.max(1024, Integer.highestOneBit(Math.max(1, size - 1)) << 1);
      buffer = ByteBuffer.allocateDirect(capacity * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
      OUTPUTS.set(buffer);
    }
    buffer.clear();
    buffer.limit(size);
    return buffer;
  }
}
