package io.docintel.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkAggregationTest {

  @Test
  void documentEmbeddingIsTheTokenWeightedMeanOfUnitVectorsRenormalized() {
    // The second vector is not unit length: only its direction counts, weighted by 3 tokens.
    float[] embedding = ChunkAggregation.documentEmbedding(
        List.of(new float[] {1, 0}, new float[] {0, 5}), List.of(1, 3));
    double norm = Math.sqrt(embedding[0] * embedding[0] + embedding[1] * embedding[1]);
    assertThat(norm).isCloseTo(1.0, within(1e-6));
    assertThat(embedding[1] / embedding[0]).isCloseTo(3.0f, within(1e-5f));
  }

  @Test
  void singleLabelCalibratesTheWeightedMeanSimilarity() {
    List<Map<String, Double>> similarities = List.of(
        Map.of("a", 0.9, "b", 0.1),
        Map.of("a", 0.1, "b", 0.5));
    // Means: a = (0.9*1 + 0.1*3)/4 = 0.3, b = (0.1 + 1.5)/4 = 0.4
    List<ScoredLabel> scores = ChunkAggregation.singleLabel(similarities, List.of(1, 3), 0.1);
    assertThat(scores).extracting(ScoredLabel::label).containsExactly("b", "a");
    double expectedB = 1 / (1 + Math.exp((0.3 - 0.4) / 0.1));
    assertThat(scores.get(0).score()).isCloseTo(expectedB, within(1e-9));
    assertThat(scores.get(0).score() + scores.get(1).score()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void oneShortOffTopicChunkDoesNotOutweighALongOne() {
    List<Map<String, Double>> similarities = List.of(
        Map.of("report", 0.6, "news", 0.2),
        Map.of("report", 0.2, "news", 0.7));
    List<ScoredLabel> scores = ChunkAggregation.singleLabel(similarities, List.of(240, 12), 0.05);
    assertThat(scores.get(0).label()).isEqualTo("report");
  }

  @Test
  void multiLabelTakesEachLabelsBestChunk() {
    List<ScoredLabel> scores = ChunkAggregation.multiLabel(List.of(
        Map.of("a", 0.8, "b", 0.1, "c", 0.1),
        Map.of("a", 0.2, "b", 0.7, "c", 0.1)));
    assertThat(scores).containsExactly(new ScoredLabel("a", 0.8), new ScoredLabel("b", 0.7), new ScoredLabel("c", 0.1));
  }

  @Test
  void averagedIsTheWeightedMeanOfProbabilities() {
    List<ScoredLabel> scores = ChunkAggregation.averaged(List.of(
        Map.of("pos", 1.0, "neg", 0.0), Map.of("pos", 0.0, "neg", 1.0)), List.of(1, 3));
    assertThat(scores).containsExactly(new ScoredLabel("neg", 0.75), new ScoredLabel("pos", 0.25));
  }

  @Test
  void listedKeepsTopKAndInMultiLabelModeOnlyThoseAboveTheThresholdButNeverNone() {
    List<ScoredLabel> all = List.of(new ScoredLabel("a", 0.8), new ScoredLabel("b", 0.55), new ScoredLabel("c", 0.3));
    assertThat(ChunkAggregation.listed(all, 2, false, 0.5)).extracting(ScoredLabel::label).containsExactly("a", "b");
    assertThat(ChunkAggregation.listed(all, 3, true, 0.5)).extracting(ScoredLabel::label).containsExactly("a", "b");
    assertThat(ChunkAggregation.listed(all, 3, true, 0.9)).extracting(ScoredLabel::label).containsExactly("a");
    assertThat(ChunkAggregation.listed(all, 10, false, 0.5)).hasSize(3);
  }

  @Test
  void rejectsNoChunksAndMismatchedWeights() {
    assertThatThrownBy(() -> ChunkAggregation.singleLabel(List.of(), List.of(), 0.05))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChunkAggregation.documentEmbedding(List.of(new float[] {1}), List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 chunks but 2 weights");
  }
}
