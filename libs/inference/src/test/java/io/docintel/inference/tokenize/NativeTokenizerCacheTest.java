package io.docintel.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeTokenizerCacheTest {

  @Test
  void createsMissingFolderAndPointsDjlAtIt(@TempDir Path dir) {
    String previous = System.getProperty("ENGINE_CACHE_DIR");
    try {
      Path target = dir.resolve("a/b/djl");
      assertThat(NativeTokenizerCache.configure(target)).isEqualTo(target.toAbsolutePath());
      assertThat(Files.isDirectory(target)).isTrue();
      assertThat(System.getProperty("ENGINE_CACHE_DIR")).isEqualTo(target.toAbsolutePath().toString());
      assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    } finally {
      if (previous == null) {
        System.clearProperty("ENGINE_CACHE_DIR");
      } else {
        System.setProperty("ENGINE_CACHE_DIR", previous);
      }
    }
  }

  @Test
  void failsClearlyWhenTheFolderCannotBeCreated(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    assertThatThrownBy(() -> NativeTokenizerCache.configure(file.resolve("sub")))
        .hasMessageContaining(NativeTokenizerCache.CACHE_DIR_VARIABLE);
  }
}
