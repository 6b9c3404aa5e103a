package io.docintel.inference.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.TestModels;
import io.docintel.inference.batch.BatchExecutor;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.tokenize.TokenizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long loop of inferences must leave native memory flat: every tensor and result is closed.
 * Each batch here produces a 64 x 512 x 7 float output (~0.9 MB), so leaking it would grow the
 * resident set by hundreds of MB over the loop. The Java heap's own growth (result arrays) is
 * subtracted: only memory outside the heap counts.
 */
class NativeMemoryTest {

  /** Resident memory outside the committed Java heap (whose own growth is not a native leak). */
  private static long residentBytesOutsideHeap() throws IOException {
    return residentBytes() - Runtime.getRuntime().totalMemory();
  }

  private static long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS");
  }

  @Test
  void repeatedInferenceKeepsResidentMemoryFlat() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/status")), "needs Linux /proc");
    try (LoadedModel model = ModelLoader.load(TestModels.path("token-classifier"), SessionSettings.cpu(1))) {
      BatchExecutor<float[][]> executor = LogitsExecutors.perToken(model);
      List<TokenizedText> batch = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        long[] ids = new long[512];
        java.util.Arrays.fill(ids, 4 + i % 20);
        batch.add(new TokenizedText(ids, new int[512], new int[512], new int[512]));
      }
      for (int i = 0; i < 100; i++) {
        executor.execute(batch);
      }
      // A leak grows memory in every phase (~180 MB per phase here); one-off effects such as
      // the heap resizing or ONNX Runtime's arena settling do not, so the smallest phase counts.
      long smallestGrowth = Long.MAX_VALUE;
      for (int phase = 0; phase < 3; phase++) {
        long before = residentBytesOutsideHeap();
        for (int i = 0; i < 200; i++) {
          assertThat(executor.execute(batch)).hasSize(64);
        }
        smallestGrowth = Math.min(smallestGrowth, residentBytesOutsideHeap() - before);
      }
      assertThat(smallestGrowth).as("native memory growth per 200 batches").isLessThan(48L * 1024 * 1024);
    }
  }
}
