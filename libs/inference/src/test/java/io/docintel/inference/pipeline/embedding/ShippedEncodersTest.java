package io.docintel.inference.pipeline.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.runtime.SessionSettings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real similarities from the two shipped int8 encoders (no exact floats: int8 moves with padding). */
class ShippedEncodersTest {

  private static LoadedModel minilm;
  private static LoadedModel bge;

  @BeforeAll
  static void load() {
    minilm = ModelLoader.load("minilm-l6-q", SessionSettings.cpu(2));
    bge = ModelLoader.load("bge-small-q", SessionSettings.cpu(2));
  }

  @AfterAll
  static void close() {
    minilm.close();
    bge.close();
  }

  private static void paraphrasesAreCloserThanUnrelated(TextEmbedder embedder) {
    List<Embedding> e = embedder.embedAll(List.of(
        "The invoice is due at the end of the month.",
        "Payment for this bill must be made by the month's last day.",
        "The cat slept on the warm windowsill all afternoon.",
        "A kitten was napping in the sun by the window.",
        "Kafka brokers replicate partitions across the cluster."));
    assertThat(e.get(0).cosine(e.get(1))).isGreaterThan(e.get(0).cosine(e.get(2)) + 0.2)
        .isGreaterThan(e.get(0).cosine(e.get(4)) + 0.2);
    assertThat(e.get(2).cosine(e.get(3))).isGreaterThan(e.get(2).cosine(e.get(1)) + 0.2)
        .isGreaterThan(e.get(2).cosine(e.get(4)) + 0.2);
    for (Embedding x : e) {
      assertThat(Vectors.dot(x.vector(), x.vector())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(x.vector()).hasSize(384);
      assertThat(x.truncated()).isFalse();
    }
  }

  @Test
  void minilmParaphrasesAreCloserThanUnrelatedSentences() {
    paraphrasesAreCloserThanUnrelated(new TextEmbedder(minilm));
  }

  @Test
  void bgeParaphrasesAreCloserThanUnrelatedSentences() {
    paraphrasesAreCloserThanUnrelated(new TextEmbedder(bge));
  }

  @Test
  void poolingInPlaceGivesTheVectorsOfPoolingACopy() {
    List<io.docintel.inference.tokenize.TokenizedText> batch = List.of(
        minilm.tokenizer().encode("The invoice is due at the end of the month.", 128),
        minilm.tokenizer().encode("Short one.", 128));
    io.docintel.inference.batch.PaddedBatch padded = io.docintel.inference.batch.PaddedBatch.of(batch, 0);
    float[][] copied = SentencePooling.pool(io.docintel.inference.runtime.EncoderExecution.run(minilm.session(), padded,
        java.util.Set.of("last_hidden_state", "token_embeddings")), padded.attentionMask(), minilm.manifest().pooling(), true);
    List<float[]> inPlace = new EmbeddingExecutor(minilm).execute(batch);
    assertThat(io.docintel.inference.runtime.EncoderExecution.lastDimension(minilm.session(),
        java.util.Set.of("last_hidden_state", "token_embeddings"))).isEqualTo(384);
    for (int i = 0; i < batch.size(); i++) {
      assertThat(inPlace.get(i)).containsExactly(copied[i], org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void batchedAndSingleEmbeddingsAgreeWithinInt8Noise() {
    TextEmbedder embedder = new TextEmbedder(minilm);
    String shortText = "Short text.";
    List<Embedding> batch = embedder.embedAll(List.of(shortText,
        "A considerably longer sentence that forces the short one to be padded in the batch."));
    Embedding alone = embedder.embed(shortText);
    // Dynamic int8 quantisation sees the padding, so padded and unpadded runs differ slightly.
    assertThat(alone.cosine(batch.get(0))).isGreaterThan(0.95);
    assertThat(alone.model()).isEqualTo(minilm.identity());
  }

  @Test
  void bgeQueriesGetTheInstructionPrefixAndLongTextIsTruncated() {
    TextEmbedder embedder = new TextEmbedder(bge);
    Embedding query = embedder.embedQuery("how do I pay an invoice");
    Embedding passage = embedder.embed("how do I pay an invoice");
    assertThat(query.tokens()).isGreaterThan(passage.tokens() + 5);
    Embedding longText = new TextEmbedder(minilm).embed("word ".repeat(400));
    assertThat(longText.truncated()).isTrue();
    assertThat(longText.tokens()).isEqualTo(256);
  }

  @Test
  void concurrentCallersGetTheirOwnEmbeddingsThroughTheBatcher() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add(List.of("Invoices are due monthly.", "The cat sleeps.", "Kafka replicates partitions.",
          "Bake the bread for an hour.").get(i % 4) + " Item " + i + (i % 3 == 0 ? " with a longer tail of words" : ""));
    }
    List<Embedding> direct = new TextEmbedder(minilm).embedAll(texts);
    io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    try (io.docintel.inference.batch.TokenBudgetBatcher<float[]> batcher = new io.docintel.inference.batch.TokenBudgetBatcher<>(
        "minilm", new EmbeddingExecutor(minilm), new io.docintel.inference.batch.BatcherSettings(2048, 16,
            java.time.Duration.ofMillis(20), 64),
        new io.docintel.inference.batch.InferenceMetrics(registry, minilm.identity().name(),
            minilm.identity().version(), minilm.device().toString()))) {
      TextEmbedder shared = new TextEmbedder(minilm, batcher);
      java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(6);
      List<java.util.concurrent.Future<Embedding>> futures = new java.util.ArrayList<>();
      for (String t : texts) {
        futures.add(callers.submit(() -> shared.embed(t)));
      }
      for (int i = 0; i < texts.size(); i++) {
        Embedding e = futures.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
        // Closest to its own direct embedding among all texts: nobody got someone else's result.
        int best = 0;
        for (int j = 1; j < texts.size(); j++) {
          if (e.cosine(direct.get(j)) > e.cosine(direct.get(best))) {
            best = j;
          }
        }
        assertThat(best).as("text %d", i).isEqualTo(i);
        assertThat(e.cosine(direct.get(i))).isGreaterThan(0.95);
      }
      callers.shutdown();
      assertThat(registry.get(io.docintel.inference.batch.InferenceMetrics.BATCH_SIZE).summary().totalAmount())
          .isEqualTo(24.0);
    }
  }
}
