package io.docintel.inference.pipeline.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.TestModels;
import io.docintel.inference.runtime.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated text classifiers (see make_test_models.py): logits are the max over tokens of a
 * per-word table where "great" = [0, 3], "awful" = [2, 0], every other word [0, 0].
 */
class SequenceClassifierTest {

  private static final double E3 = Math.exp(3);

  @Test
  void softmaxOverId2LabelWithTopK() {
    try (LoadedModel model = ModelLoader.load(TestModels.path("text-classifier"), SessionSettings.cpu(1))) {
      SequenceClassifier classifier = new SequenceClassifier(model);
      List<SequenceClassification> results = classifier.classifyAll(List.of("A great movie",
          "The movie is awful, the movie is awful, the movie is awful, the movie is awful"), 2);
      assertThat(results.get(0).top().label()).isEqualTo("positive");
      assertThat(results.get(0).top().probability()).isCloseTo(E3 / (1 + E3), within(1e-5));
      assertThat(results.get(0).labels()).hasSize(2);
      assertThat(results.get(1).top().label()).isEqualTo("negative");
      assertThat(results.get(1).top().probability()).isCloseTo(Math.exp(2) / (1 + Math.exp(2)), within(1e-5));
      assertThat(results.get(1).truncated()).isTrue();
      assertThat(results.get(0).model().name()).isEqualTo("tiny-sentiment");
      assertThat(classifier.classify("great", 1).labels()).hasSize(1);
    }
  }

  @Test
  void sigmoidPerLabelForMultiLabelProblemType() {
    try (LoadedModel model = ModelLoader.load(TestModels.path("text-multilabel"), SessionSettings.cpu(1))) {
      SequenceClassification result = new SequenceClassifier(model).classify("great but awful", 5);
      assertThat(result.labels()).extracting(LabelProbability::label).containsExactly("positive", "negative");
      assertThat(result.labels().get(0).probability()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-5));
      assertThat(result.labels().get(1).probability()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-5));
    }
  }

  @Test
  void headIsPureAndChecksLabelCount() {
    List<LabelProbability> top = ClassificationHead.topK(new float[] {0, 0, 1}, List.of("a", "b", "c"), false, 1);
    assertThat(top).singleElement().satisfies(p -> {
      assertThat(p.label()).isEqualTo("c");
      assertThat(p.probability()).isCloseTo(Math.E / (Math.E + 2), within(1e-9));
    });
    assertThatThrownBy(() -> ClassificationHead.topK(new float[] {0}, List.of("a", "b"), false, 1))
        .hasMessageContaining("2 labels");
  }
}
