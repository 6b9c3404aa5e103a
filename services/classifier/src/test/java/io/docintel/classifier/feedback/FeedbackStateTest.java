package io.docintel.classifier.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackStateTest {

  @Test
  void learnedExamplesCountADocumentOnceAndKeepTheNewest() {
    LearnedExamples examples = LearnedExamples.none()
        .with(new LearnedExamples.Example("d1", new float[] {1}), 2)
        .with(new LearnedExamples.Example("d2", new float[] {2}), 2)
        .with(new LearnedExamples.Example("d1", new float[] {3}), 2)
        .with(new LearnedExamples.Example("d3", new float[] {4}), 2);
    assertThat(examples.examples()).extracting(LearnedExamples.Example::documentId).containsExactly("d1", "d3");
    assertThat(examples.vectors()).containsExactly(new float[] {3}, new float[] {4});
    assertThat(examples.without("d1").has("d1")).isFalse();
  }

  @Test
  void stateRecordsSurviveTheirBytes() {
    LearnedExamples examples = new LearnedExamples(List.of(new LearnedExamples.Example("doc-ü", new float[] {0.5f, -1f})));
    LearnedExamples read = LearnedExamples.fromBytes(examples.toBytes());
    assertThat(read.examples().get(0).documentId()).isEqualTo("doc-ü");
    assertThat(read.vectors().get(0)).containsExactly(0.5f, -1f);

    PrototypeUpdate update = PrototypeUpdate.fromBytes(
        new PrototypeUpdate("minilm-l6-q", "contract", "d1", new float[] {0.25f}).toBytes());
    assertThat(update.model()).isEqualTo("minilm-l6-q");
    assertThat(update.label()).isEqualTo("contract");
    assertThat(update.documentId()).isEqualTo("d1");
    assertThat(update.vector()).containsExactly(0.25f);

    DocumentEmbeddings embeddings = DocumentEmbeddings.fromBytes(
        new DocumentEmbeddings(Map.of("a", new float[] {1, 2}, "b", new float[] {3})).toBytes());
    assertThat(embeddings.byModel()).containsOnlyKeys("a", "b");
    assertThat(embeddings.byModel().get("a")).containsExactly(1, 2);
  }

  @Test
  void storeKeysSeparateModelsAndLabels() {
    assertThat(PrototypeStoreKeys.examples("m", "invoice")).startsWith(PrototypeStoreKeys.examplesPrefix("m"));
    assertThat(PrototypeStoreKeys.labelOf(PrototypeStoreKeys.examples("m", "invoice"), "m")).isEqualTo("invoice");
    assertThat(PrototypeStoreKeys.examples("m", "x")).doesNotStartWith(PrototypeStoreKeys.examplesPrefix("m2"));
    assertThat(PrototypeStoreKeys.versionOf(PrototypeStoreKeys.versionBytes(42))).isEqualTo(42);
    assertThat(PrototypeStoreKeys.versionOf(null)).isZero();
  }
}
