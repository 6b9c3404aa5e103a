package io.docintel.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkSelectionTest {

  @Test
  void takesEveryChunkUpToTheLimit() {
    assertThat(ChunkSelection.evenlySpaced(3, 5)).containsExactly(0, 1, 2);
    assertThat(ChunkSelection.evenlySpaced(0, 5)).isEmpty();
  }

  @Test
  void spreadsOverLongDocumentsFromFirstToLast() {
    assertThat(ChunkSelection.evenlySpaced(23, 4)).containsExactly(0, 7, 15, 22);
    assertThat(ChunkSelection.evenlySpaced(100, 32)).hasSize(32).doesNotHaveDuplicates().startsWith(0).endsWith(99);
    assertThat(ChunkSelection.evenlySpaced(10, 1)).containsExactly(0);
  }

  @Test
  void spreadPicksTheChunksAtThoseIndexes() {
    assertThat(ChunkSelection.spread(List.of("a", "b", "c", "d", "e"), 3)).containsExactly("a", "c", "e");
    assertThat(ChunkSelection.spread(List.of("a", "b"), 3)).containsExactly("a", "b");
  }

  @Test
  void needsALimitOfAtLeastOne() {
    assertThatThrownBy(() -> ChunkSelection.evenlySpaced(3, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
