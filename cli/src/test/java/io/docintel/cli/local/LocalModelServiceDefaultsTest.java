package io.docintel.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalModelServiceDefaultsTest {

  @Test
  void aModelServiceGetsAStreamThreadPerPartitionAndOneOperatorThread() {
    Map<String, String> env = new HashMap<>();
    LocalStack.addModelServiceDefaults(env, 3);
    assertThat(env).containsEntry("DOCINTEL_STREAMS_THREADS", "3")
        .containsEntry("DOCINTEL_INFERENCE_INTRA_OP_THREADS", "1");
  }

  @Test
  void whatTheUserSetWins() {
    Map<String, String> env = new HashMap<>(Map.of("DOCINTEL_STREAMS_THREADS", "1",
        "DOCINTEL_INFERENCE_INTRA_OP_THREADS", "0"));
    LocalStack.addModelServiceDefaults(env, 3);
    assertThat(env).containsEntry("DOCINTEL_STREAMS_THREADS", "1")
        .containsEntry("DOCINTEL_INFERENCE_INTRA_OP_THREADS", "0");
  }
}
