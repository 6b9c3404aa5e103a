package io.docintel.inference;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Folders of the generated test models under {@code src/test/resources/models}. */
public final class TestModels {

  private TestModels() {
  }

  public static Path path(String name) {
    try {
      return Path.of(TestModels.class.getResource("/models/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("No test model " + name + "; run src/test/python/make_test_models.py", e);
    }
  }
}
