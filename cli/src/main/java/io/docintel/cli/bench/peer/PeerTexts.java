package io.docintel.cli.bench.peer;

import io.docintel.cli.bench.e2e.BenchCorpus;
import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The mixed-length texts both engines embed: the sentences and chunks of the benchmark corpus, shuffled. */
final class PeerTexts {

  private PeerTexts() {}

  static List<String> of(BenchCorpus corpus, int count, long seed) {
    List<String> texts = new ArrayList<>();
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "bench");
      for (BenchCorpus.BenchFile file : corpus.files()) {
        NormalizedDocument document = normalizer.normalize(file.toDocument("bench-peer"));
        for (Span sentence : document.getSentences()) {
          texts.add(document.getText().substring(sentence.getStart(), sentence.getEnd()));
        }
        document.getChunks().forEach(chunk ->
            texts.add(document.getText().substring(chunk.getSpan().getStart(), chunk.getSpan().getEnd())));
      }
    }
    Collections.shuffle(texts, new Random(seed));
    return List.copyOf(texts.subList(0, Math.min(count, texts.size())));
  }
}
