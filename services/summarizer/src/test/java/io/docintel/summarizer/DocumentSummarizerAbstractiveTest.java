package io.docintel.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.docintel.inference.model.LoadedModel;
import io.docintel.inference.model.ModelLoader;
import io.docintel.inference.pipeline.seq2seq.GenerationSettings;
import io.docintel.inference.pipeline.seq2seq.Seq2SeqGenerator;
import io.docintel.inference.runtime.SessionSettings;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Summary;
import io.docintel.schemas.SummaryMethod;
import io.docintel.summarizer.abstractive.AbstractiveSummarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The abstractive path on the tiny seq2seq ONNX export that {@code libs/inference} generates for
 * its own tests (random weights: the words are meaningless, the plumbing is real).
 */
class DocumentSummarizerAbstractiveTest {

  static final Path TINY_SEQ2SEQ = Path.of("../../libs/inference/src/test/resources/models/seq2seq");

  @Test
  void generatedSummariesHaveNoSourceOffsetsAndCoverEveryChunk() {
    assumeTrue(Files.isDirectory(TINY_SEQ2SEQ), "the inference module's tiny seq2seq model is not beside this module");
    try (LoadedModel model = ModelLoader.load(TINY_SEQ2SEQ, SessionSettings.cpu(1))) {
      DocumentSummarizer summarizer = DocumentSummarizer.abstractive(
          new AbstractiveSummarizer(new Seq2SeqGenerator(model), GenerationSettings.greedy(8), 64),
          model.identity(), "test", Clock.systemUTC());
      NormalizedDocument document = TestDocuments.of("doc", List.of("One sentence here.", "Another one there.",
          "A third sentence.", "And a fourth."), 2, 0);

      Summary summary = summarizer.summarize(document);

      assertThat(summary.getMethod()).isEqualTo(SummaryMethod.ABSTRACTIVE);
      assertThat(summary.getSentences()).allMatch(s -> s.getSource() == null);
      assertThat(summary.getProvenance().getModel().getName()).isEqualTo(model.identity().name());
      assertThat(summary.getProvenance().getChunksCovered()).isEqualTo(2);
      assertThat(summary.getProvenance().getChunksTotal()).isEqualTo(2);
    }
  }
}
