package io.docintel.inference.pipeline.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.TestModels;
import io.docintel.inference.runtime.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated token classifier (see make_test_models.py) maps each word piece to fixed
 * probabilities: alice B-PER, smith I-PER, acme B-ORG, corp I-ORG, paris/london B-LOC (0.94 each);
 * "berlin" = ber (B-LOC 0.5, B-ORG 0.2) + ##lin (I-ORG 0.9), so the strategies disagree on it.
 */
class TokenClassifierTest {

  private static final String TEXT = "Alice Smith works at Acme Corp in Paris and Berlin.";
  private static LoadedModel model;

  @BeforeAll
  static void load() {
    model = ModelLoader.load(TestModels.path("token-classifier"), SessionSettings.cpu(1));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static List<Entity> entities(String text, AggregationStrategy strategy) {
    return new TokenClassifier(model).classify(text, strategy).entities();
  }

  @Test
  void simpleGroupsBioTagsWithCharacterOffsets() {
    List<Entity> e = entities(TEXT, AggregationStrategy.SIMPLE);
    assertThat(e).extracting(Entity::label).containsExactly("PER", "ORG", "LOC", "LOC", "ORG");
    assertThat(e.get(0)).satisfies(x -> {
      assertThat(x.text()).isEqualTo("Alice Smith");
      assertThat(x.start()).isEqualTo(0);
      assertThat(x.end()).isEqualTo(11);
      assertThat(x.score()).isCloseTo(0.94, within(1e-5));
    });
    assertThat(e.get(1).text()).isEqualTo("Acme Corp");
    assertThat(e.get(1).start()).isEqualTo(21);
    assertThat(e.get(2).text()).isEqualTo("Paris");
    assertThat(e.get(3).text()).isEqualTo("Ber");
    assertThat(e.get(4).text()).isEqualTo("lin");
    assertThat(e.get(4).start()).isEqualTo(47);
  }

  @Test
  void wordStrategiesLabelWholeWordsDifferently() {
    assertThat(entities(TEXT, AggregationStrategy.FIRST).get(3)).satisfies(x -> {
      assertThat(x.label()).isEqualTo("LOC");
      assertThat(x.text()).isEqualTo("Berlin");
      assertThat(x.score()).isCloseTo(0.5, within(1e-5));
    });
    assertThat(entities(TEXT, AggregationStrategy.MAX).get(3)).satisfies(x -> {
      assertThat(x.label()).isEqualTo("ORG");
      assertThat(x.text()).isEqualTo("Berlin");
      assertThat(x.score()).isCloseTo(0.9, within(1e-5));
    });
    assertThat(entities(TEXT, AggregationStrategy.AVERAGE).get(3)).satisfies(x -> {
      assertThat(x.label()).isEqualTo("ORG");
      assertThat(x.start()).isEqualTo(44);
      assertThat(x.end()).isEqualTo(50);
      assertThat(x.score()).isCloseTo((0.06 + 0.9) / 2, within(1e-5));
    });
    List<Entity> johnson = entities("Johnson visited London", AggregationStrategy.FIRST);
    assertThat(johnson).extracting(Entity::label).containsExactly("PER", "LOC");
    assertThat(johnson).extracting(Entity::text).containsExactly("Johnson", "London");
    assertThat(johnson.get(1).start()).isEqualTo(16);
    assertThat(johnson.get(0).score()).isCloseTo(0.9, within(1e-5));
  }

  @Test
  void noneKeepsTokenTagsAndDropsOutside() {
    List<Entity> e = entities(TEXT, AggregationStrategy.NONE);
    assertThat(e).extracting(Entity::label)
        .containsExactly("B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "B-LOC", "I-ORG");
    assertThat(e).extracting(Entity::text).containsExactly("Alice", "Smith", "Acme", "Corp", "Paris", "Ber", "lin");
  }

  @Test
  void longTextIsCoveredByMergedStrideWindows() {
    String sentence = "Alice Smith visited London. ";
    String text = sentence.repeat(12);
    TokenClassification result = new TokenClassifier(model).classify(text, AggregationStrategy.SIMPLE);
    assertThat(result.windows()).isGreaterThan(3);
    List<Entity> e = result.entities();
    assertThat(e).hasSize(24);
    for (int i = 0; i < 12; i++) {
      int base = i * sentence.length();
      assertThat(e.get(2 * i)).isEqualTo(new Entity("PER", e.get(2 * i).score(), base, base + 11, "Alice Smith"));
      assertThat(e.get(2 * i + 1).label()).isEqualTo("LOC");
      assertThat(e.get(2 * i + 1).start()).isEqualTo(base + 20);
      assertThat(e.get(2 * i + 1).text()).isEqualTo("London");
    }
  }
}
