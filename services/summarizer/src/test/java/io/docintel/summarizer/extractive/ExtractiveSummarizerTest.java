package io.docintel.summarizer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import io.docintel.summarizer.TestDocuments;
import io.docintel.summarizer.rank.MmrSelector;
import io.docintel.summarizer.rank.PositionPrior;
import io.docintel.summarizer.rank.SentenceRanker;
import io.docintel.summarizer.rank.SentenceRanker.Ranked;
import io.docintel.summarizer.rank.SummaryLength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

  private final TopicVectors vectors = new TopicVectors();

  private ExtractiveSummarizer summarizer(SummaryLength length, int perChunk, int maxChunks) {
    return new ExtractiveSummarizer(vectors, new SentenceRanker(new PositionPrior(0.05), new MmrSelector(0.7)),
        new SentenceFilter(15, 200), length, perChunk, maxChunks);
  }

  /** Four sections of six sentences, one topic each. */
  private static List<String> fourTopics() {
    List<String> sentences = new ArrayList<>();
    for (String topic : TopicVectors.TOPICS) {
      for (int i = 1; i <= 6; i++) {
        sentences.add("The " + topic + " programme reached milestone number " + i + " this year.");
      }
    }
    return sentences;
  }

  @Test
  void aLongDocumentIsSummarizedOverAllItsChunksWithEveryTopicRepresented() {
    NormalizedDocument document = TestDocuments.of("doc", fourTopics(), 6, 1);
    ExtractiveSelection selection = summarizer(SummaryLength.sentences(4), 2, 64)
        .select(document.getText(), document.getSentences(), document.getChunks());

    assertThat(selection.sentences()).hasSize(4).extracting(Ranked::sentence).isSorted();
    assertThat(selection.chunksTotal()).isEqualTo(document.getChunks().size()).isGreaterThan(3);
    assertThat(selection.chunksCovered()).isEqualTo(selection.chunksTotal());
    List<String> picked = selection.sentences().stream()
        .map(r -> text(document, r.sentence())).toList();
    for (String topic : TopicVectors.TOPICS) {
      assertThat(picked).as("a sentence about " + topic).anyMatch(s -> s.contains(topic));
    }
  }

  @Test
  void everyChunkIsEmbeddedInOneCallAndSharedSentencesOnlyOnce() {
    NormalizedDocument document = TestDocuments.of("doc", fourTopics(), 6, 2);
    summarizer(SummaryLength.sentences(3), 2, 64)
        .select(document.getText(), document.getSentences(), document.getChunks());

    assertThat(document.getChunks()).hasSizeGreaterThan(1);
    assertThat(vectors.calls).hasSize(1);
    assertThat(vectors.embeddedSentences()).isEqualTo(document.getSentences().size());
  }

  @Test
  void chunksBeyondTheLimitAreNotReadAndTheResultSaysSo() {
    NormalizedDocument document = TestDocuments.of("doc", fourTopics(), 6, 0);
    ExtractiveSelection selection = summarizer(SummaryLength.sentences(2), 2, 2)
        .select(document.getText(), document.getSentences(), document.getChunks());

    assertThat(selection.chunksCovered()).isEqualTo(2);
    assertThat(selection.chunksTotal()).isEqualTo(4);
    assertThat(selection.sentences()).allMatch(r -> r.sentence() < 12);
  }

  @Test
  void aRatioAsksEveryChunkForEnoughCandidates() {
    NormalizedDocument document = TestDocuments.of("doc", fourTopics(), 6, 0);
    ExtractiveSelection selection = summarizer(SummaryLength.ratio(0.5), 1, 64)
        .select(document.getText(), document.getSentences(), document.getChunks());

    assertThat(selection.sentences()).hasSize(12);
  }

  @Test
  void headingsAndRunOnSentencesArePassedOverAndRunOnsAreClippedForTheEmbedder() {
    String runOn = "The alpha programme " + "and so on ".repeat(40) + "without end.";
    List<String> sentences = List.of("Alpha", runOn, "The alpha programme reached its first milestone.",
        "The alpha programme reached its second milestone.");
    NormalizedDocument document = TestDocuments.of("doc", sentences, 10, 0);
    ExtractiveSelection selection = summarizer(SummaryLength.sentences(4), 2, 64)
        .select(document.getText(), document.getSentences(), document.getChunks());

    assertThat(selection.sentences()).extracting(Ranked::sentence).containsExactly(2, 3);
    assertThat(vectors.calls.get(0)).hasSize(2);

    NormalizedDocument onlyRunOn = TestDocuments.of("doc2", List.of(runOn), 10, 0);
    ExtractiveSelection fallback = summarizer(SummaryLength.sentences(1), 2, 64)
        .select(onlyRunOn.getText(), onlyRunOn.getSentences(), onlyRunOn.getChunks());
    assertThat(fallback.sentences()).extracting(Ranked::sentence).containsExactly(0);
    assertThat(vectors.calls.get(1).get(0)).hasSize(200);
  }

  private static String text(NormalizedDocument document, int sentence) {
    Span span = document.getSentences().get(sentence);
    return document.getText().substring(span.getStart(), span.getEnd());
  }
}
