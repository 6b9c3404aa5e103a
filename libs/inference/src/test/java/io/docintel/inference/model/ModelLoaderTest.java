package io.docintel.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docintel.inference.runtime.Device;
import io.docintel.inference.runtime.SessionSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

  static final SessionSettings CPU = SessionSettings.cpu(1);

  static Path testModel(String name) {
    try {
      return Path.of(ModelLoaderTest.class.getResource("/models/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loadsFolderWithManifestConfigAndIdentity() {
    try (LoadedModel model = ModelLoader.load(testModel("text-classifier").toString(), CPU)) {
      assertThat(model.identity().name()).isEqualTo("tiny-sentiment");
      assertThat(model.identity().version()).isEqualTo("1.0.0");
      assertThat(model.identity().sha256()).matches("[0-9a-f]{64}");
      assertThat(model.task()).isEqualTo(ModelTask.SEQUENCE_CLASSIFICATION);
      assertThat(model.config().labels()).containsExactly("negative", "positive");
      assertThat(model.manifest().maxLength()).isEqualTo(16);
      assertThat(model.takesTokenTypeIds()).isTrue();
      assertThat(model.device()).isEqualTo(Device.CPU);
    }
  }

  @Test
  void detectsOptionalInputsAndInfersTaskFromArchitecture() {
    try (LoadedModel model = ModelLoader.load(testModel("token-classifier"), CPU)) {
      assertThat(model.takesTokenTypeIds()).isFalse();
      assertThat(model.task()).isEqualTo(ModelTask.TOKEN_CLASSIFICATION);
    }
  }

  @Test
  void loadsFromClasspathLocationWithSameIdentityAsFolder() {
    String folderSha;
    try (LoadedModel model = ModelLoader.load(testModel("seq2seq"), CPU)) {
      folderSha = model.identity().sha256();
      assertThat(model.task()).isEqualTo(ModelTask.SEQ2SEQ);
      assertThat(model.session(ModelLoader.DECODER_WITH_PAST)).isPresent();
    }
    try (LoadedModel model = ModelLoader.load("classpath:/models/seq2seq", CPU)) {
      assertThat(model.identity().sha256()).isEqualTo(folderSha);
    }
  }

  @Test
  void wrongInputNamesFailListingExpectedAndFound() {
    assertThatThrownBy(() -> ModelLoader.load(testModel("wrong-inputs"), CPU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing inputs [input_ids]")
        .hasMessageContaining("unexpected inputs [ids]")
        .hasMessageContaining("found inputs [attention_mask, ids]");
  }

  @Test
  void missingFilesFailNamingTheFileAndWhatIsThere(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> ModelLoader.load(dir.resolve("nope"), CPU)).hasMessageContaining("does not exist");
    Files.copy(testModel("token-classifier").resolve("config.json"), dir.resolve("config.json"));
    assertThatThrownBy(() -> ModelLoader.load(dir, CPU)).hasMessageContaining("missing tokenizer.json")
        .hasMessageContaining("found [config.json]");
    Files.copy(testModel("token-classifier").resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    assertThatThrownBy(() -> ModelLoader.load(dir, CPU)).hasMessageContaining("missing model.onnx");
  }

  @Test
  void corruptWeightsFailWithClearMessage(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"config.json", "tokenizer.json"}) {
      Files.copy(testModel("token-classifier").resolve(f), dir.resolve(f));
    }
    Files.write(dir.resolve("model.onnx"), "this is not protobuf at all".getBytes());
    assertThatThrownBy(() -> ModelLoader.load(dir, CPU)).hasMessageContaining("model.onnx")
        .hasMessageContaining("not a loadable ONNX model");
  }

  @Test
  void classifierWithoutLabelsAndBadManifestFail(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"model.onnx", "tokenizer.json"}) {
      Files.copy(testModel("token-classifier").resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("docintel-model.json"), "{\"task\": \"token-classification\"}");
    assertThatThrownBy(() -> ModelLoader.load(dir, CPU)).hasMessageContaining("needs id2label");
    Files.writeString(dir.resolve("docintel-model.json"), "{\"taks\": \"ner\"}");
    assertThatThrownBy(() -> ModelLoader.load(dir, CPU)).hasMessageContaining("unknown key 'taks'");
  }

  @Test
  void autoDeviceFallsBackToCpuWithoutCuda() {
    try (LoadedModel model = ModelLoader.load(testModel("token-classifier"), CPU.withDevice(Device.AUTO))) {
      assertThat(model.device()).isEqualTo(Device.CPU);
    }
  }

  @Test
  void loadsShippedModelByName() {
    try (LoadedModel model = ModelLoader.load("minilm-l6-q", CPU)) {
      assertThat(model.identity().name()).isEqualTo("minilm-l6-q");
      assertThat(model.identity().version()).contains("MiniLM");
      assertThat(model.task()).isEqualTo(ModelTask.FEATURE_EXTRACTION);
      assertThat(model.manifest().pooling()).isEqualTo(Pooling.MEAN);
      assertThat(model.takesTokenTypeIds()).isTrue();
    }
    assertThatThrownBy(() -> ModelLoader.load("no-such-model", CPU)).hasMessageContaining("does not exist");
  }
}
