package io.docintel.testkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongDocumentsTest {

  private static LabelledDocument doc(String id, String label) {
    return new LabelledDocument(id, label, "text of " + id, List.of(), false);
  }

  private static final List<LabelledDocument> SHORT = List.of(doc("a1", "a"), doc("a2", "a"), doc("a3", "a"),
      doc("b1", "b"), doc("b2", "b"), doc("b3", "b"), doc("c1", "c"), doc("c2", "c"), doc("c3", "c"));

  @Test
  void eachLongDocumentHoldsAllOfItsLabelAndTheIntrudersOfOthers() {
    List<LabelledDocument> long_ = LongDocuments.compose(SHORT, 2, 1, 7);
    assertThat(long_).extracting(LabelledDocument::id)
        .containsExactly("long-a-1", "long-a-2", "long-b-1", "long-b-2", "long-c-1", "long-c-2");
    for (LabelledDocument composed : long_) {
      List<String> parts = List.of(composed.text().split("\n\n"));
      assertThat(parts).hasSize(4).doesNotHaveDuplicates();
      String label = composed.label();
      assertThat(parts.stream().filter(p -> p.startsWith("text of " + label))).hasSize(3);
      assertThat(parts.stream().filter(p -> !p.startsWith("text of " + label))).hasSize(1);
    }
  }

  @Test
  void theSameSeedGivesTheSameDocumentsAndAnotherShufflesThem() {
    assertThat(LongDocuments.compose(SHORT, 3, 2, 42)).isEqualTo(LongDocuments.compose(SHORT, 3, 2, 42));
    List<String> one = LongDocuments.compose(SHORT, 3, 2, 42).stream().map(LabelledDocument::text).toList();
    List<String> other = LongDocuments.compose(SHORT, 3, 2, 43).stream().map(LabelledDocument::text).toList();
    assertThat(one).isNotEqualTo(other);
  }

  @Test
  void intrudersMayNotOutnumberTheLabel() {
    assertThatThrownBy(() -> LongDocuments.compose(SHORT, 1, 3, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label a has 3 documents");
  }
}
