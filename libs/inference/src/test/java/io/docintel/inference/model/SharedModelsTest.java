package io.docintel.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.TestModels;
import io.docintel.inference.runtime.LogitsExecutors;
import io.docintel.inference.runtime.SessionSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedModelsTest {

  private static final Path FOLDER = TestModels.path("text-classifier");
  private static final String KEY = FOLDER.toAbsolutePath().normalize().toString();

  @Test
  void loadsOfOneModelShareSessionsUntilTheLastHolderCloses() {
    SessionSettings cpu = SessionSettings.cpu(1);
    LoadedModel first = ModelLoader.load(FOLDER, cpu);
    LoadedModel second = ModelLoader.load(FOLDER.toString(), cpu);
    try {
      assertThat(second.session().session()).isSameAs(first.session().session());
      assertThat(second.tokenizer()).isSameAs(first.tokenizer());
      assertThat(SharedModels.holders(KEY, cpu)).isEqualTo(2);

      first.close();
      first.close();
      assertThat(SharedModels.holders(KEY, cpu)).isEqualTo(1);
      // The remaining holder still runs: the first close did not close the shared session.
      assertThat(LogitsExecutors.perSequence(second).execute(List.of(second.tokenizer().encode("good", 16))))
          .hasSize(1);
    } finally {
      first.close();
      second.close();
    }
    assertThat(SharedModels.holders(KEY, cpu)).isZero();
    try (LoadedModel again = ModelLoader.load(FOLDER, cpu)) {
      assertThat(again.session().session()).isNotSameAs(second.session().session());
    }
  }

  @Test
  void otherSessionSettingsGetSessionsOfTheirOwn() {
    try (LoadedModel one = ModelLoader.load(FOLDER, SessionSettings.cpu(1));
        LoadedModel two = ModelLoader.load(FOLDER, SessionSettings.cpu(2))) {
      assertThat(two.session().session()).isNotSameAs(one.session().session());
      assertThat(SharedModels.holders(KEY, SessionSettings.cpu(1))).isEqualTo(1);
    }
  }
}
