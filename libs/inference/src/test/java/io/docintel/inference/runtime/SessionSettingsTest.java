package io.docintel.inference.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

  @Test
  void readsEnvironmentWithDefaults() {
    SessionSettings s = SessionSettings.fromEnv(Map.of(SessionSettings.DEVICE, "cuda:1",
        SessionSettings.INTRA_OP_THREADS, "2", SessionSettings.OPTIMIZATION, "basic",
        SessionSettings.MEMORY_ARENA, "false", SessionSettings.SPINNING, "true"));
    assertThat(s.device()).isEqualTo(new Device(Device.Kind.CUDA, 1));
    assertThat(s.intraOpThreads()).isEqualTo(2);
    assertThat(s.interOpThreads()).isZero();
    assertThat(s.optimization()).isEqualTo(OptLevel.BASIC_OPT);
    assertThat(s.memoryArena()).isFalse();
    assertThat(s.spinning()).isTrue();
    assertThat(SessionSettings.defaults().spinning()).isFalse();
    assertThat(SessionSettings.fromEnv(Map.of())).isEqualTo(SessionSettings.defaults());
  }

  @Test
  void parsesDevicesAndRejectsNonsense() {
    assertThat(Device.parse("auto")).isEqualTo(Device.AUTO);
    assertThat(Device.parse("CPU")).isEqualTo(Device.CPU);
    assertThat(Device.parse("tensorrt").toString()).isEqualTo("tensorrt:0");
    assertThatThrownBy(() -> Device.parse("tpu")).hasMessageContaining("cuda[:N]");
    assertThatThrownBy(() -> SessionSettings.fromEnv(Map.of(SessionSettings.MEMORY_ARENA, "yes")))
        .hasMessageContaining(SessionSettings.MEMORY_ARENA);
  }
}
