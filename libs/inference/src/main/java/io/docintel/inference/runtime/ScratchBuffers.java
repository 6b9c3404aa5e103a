package io.docintel.inference.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Per-thread, reused direct buffers for input tensors. ONNX Runtime uses a direct buffer in
 * native order as is; a heap buffer it copies into a fresh direct buffer that is only freed
 * when the garbage collector gets to it, which makes resident memory climb under a steady
 * inference loop. A tensor built on a scratch buffer must be closed before the same thread
 * fills that slot again.
 */
final class ScratchBuffers {

  static final int SLOTS = 4;
  private static final ThreadLocal<LongBuffer[]> BUFFERS = ThreadLocal.withInitial(() -> new LongBuffer[SLOTS]);

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
}
