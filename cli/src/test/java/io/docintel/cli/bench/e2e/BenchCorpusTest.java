package io.docintel.cli.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  @Test
  void samplesFirstThenGeneratedDocumentsCyclingThroughTheLengths() {
    BenchCorpus corpus = BenchCorpus.of(11, List.of(1, 4), 7);
    assertThat(corpus.size()).isEqualTo(11);
    assertThat(corpus.files().subList(0, 6)).allMatch(f -> f.targetChunks() == 0);
    assertThat(corpus.files().subList(6, 11)).extracting(BenchCorpus.BenchFile::targetChunks)
        .containsExactly(1, 4, 1, 4, 1);
    assertThat(corpus.ofLength(4).size()).isEqualTo(2);
    assertThat(corpus.files().get(7).bytes().length).isGreaterThan(3 * corpus.files().get(6).bytes().length);
  }

  @Test
  void sameSeedSameTextAndTenantsGiveDistinctIds() {
    BenchCorpus a = BenchCorpus.of(7, List.of(2), 3);
    BenchCorpus b = BenchCorpus.of(7, List.of(2), 3);
    assertThat(a.files().get(6).bytes()).isEqualTo(b.files().get(6).bytes());
    assertThat(a.files().get(6).toDocument("x").getId()).isNotEqualTo(a.files().get(6).toDocument("y").getId());
  }

  @Test
  void rejectsEmptyOrNonPositiveLengths() {
    assertThatThrownBy(() -> BenchCorpus.of(3, List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchCorpus.of(3, List.of(0), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchCorpus.of(0, List.of(1), 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
