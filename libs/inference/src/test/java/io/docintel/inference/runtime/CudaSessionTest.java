package io.docintel.inference.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.TestModels;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs only where the CUDA provider loads (build with -Pgpu on a GPU machine); skipped elsewhere. */
@Tag("gpu")
class CudaSessionTest {

  @Test
  void explicitCudaDeviceRunsOnCuda() {
    LoadedModel model;
    try {
      model = ModelLoader.load(TestModels.path("token-classifier"),
          SessionSettings.cpu(1).withDevice(Device.parse("cuda:0")));
    } catch (SessionFactory.ProviderUnavailableException e) {
      Assumptions.abort("no CUDA provider here: " + e.getMessage());
      return;
    }
    try (model) {
      assertThat(model.device()).isEqualTo(new Device(Device.Kind.CUDA, 0));
    }
  }
}
