package io.docintel.inference.pipeline.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docintel.inference.TestModels;
import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.runtime.SessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated seq2seq export (see make_test_models.py). The first output word depends on
 * the input ("hello" -> world .5 / good .4 / bye .1; "good" -> hello; "bye" -> see); then
 * word-to-word transitions: hello -> hello .6 / world .4, world -> see .45 / soon .35 / you .2,
 * good -> bye .99, see -> you .9, you/bye/soon -> end.
 */
class Seq2SeqGeneratorTest {

  private static LoadedModel model;
  private static Seq2SeqGenerator generator;

  @BeforeAll
  static void load() {
    model = ModelLoader.load(TestModels.path("seq2seq"), SessionSettings.cpu(1));
    generator = new Seq2SeqGenerator(model);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void greedyFollowsTheLocallyBestWord() {
    Generation g = generator.generate("hello", GenerationSettings.greedy(10));
    assertThat(g.text()).isEqualTo("world see you");
    assertThat(g.finished()).isTrue();
    assertThat(g.score()).isCloseTo(Math.log(0.5 * 0.45 * 0.9) / 4, within(1e-4));
    assertThat(g.model().name()).isEqualTo("tiny-seq2seq");
    assertThat(generator.generate("bye", GenerationSettings.greedy(10)).text()).isEqualTo("see you");
  }

  @Test
  void beamSearchFindsTheMoreLikelySequence() {
    Generation g = generator.generate("hello", GenerationSettings.beam(10, 2));
    assertThat(g.text()).isEqualTo("good bye");
    assertThat(g.score()).isCloseTo(Math.log(0.4 * 0.99) / 3, within(1e-4));
    assertThat(generator.generate("hello", GenerationSettings.beam(10, 2).withEarlyStopping(true)).text())
        .isEqualTo("good bye");
  }

  @Test
  void maxNewTokensAndNoRepeatNgramSize() {
    Generation looping = generator.generate("good", GenerationSettings.greedy(4));
    assertThat(looping.text()).isEqualTo("hello hello hello hello");
    assertThat(looping.finished()).isFalse();
    assertThat(generator.generate("good", GenerationSettings.greedy(10).withNoRepeatNgramSize(2)).text())
        .isEqualTo("hello hello world see you");
    assertThat(generator.generate("good", GenerationSettings.greedy(10).withNoRepeatNgramSize(1)).text())
        .isEqualTo("hello world see you");
  }

  @Test
  void kvCacheGivesTheSameResultAsFullPrefixes() {
    Generation cached = generator.generate("hello", GenerationSettings.beam(10, 3), true);
    Generation full = generator.generate("hello", GenerationSettings.beam(10, 3), false);
    assertThat(cached.cachedSteps()).isGreaterThan(0);
    assertThat(full.cachedSteps()).isZero();
    assertThat(cached.tokens()).isEqualTo(full.tokens());
    assertThat(cached.score()).isCloseTo(full.score(), within(1e-6));
  }

  @Test
  void mergedDecoderExportGeneratesTheSameWithItsCacheBranch() {
    try (LoadedModel merged = ModelLoader.load(TestModels.path("seq2seq-merged"), SessionSettings.cpu(1))) {
      Seq2SeqGenerator mergedGenerator = new Seq2SeqGenerator(merged);
      Generation beam = mergedGenerator.generate("hello", GenerationSettings.beam(10, 2));
      assertThat(beam.text()).isEqualTo("good bye");
      assertThat(beam.cachedSteps()).isGreaterThan(0);
      assertThat(mergedGenerator.generate("hello", GenerationSettings.greedy(10)).text()).isEqualTo("world see you");
    }
  }
}
