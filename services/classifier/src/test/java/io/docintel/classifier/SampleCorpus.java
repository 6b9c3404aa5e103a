package io.docintel.classifier;

import io.docintel.normalizer.DocumentNormalizer;
import io.docintel.normalizer.ModelTokenCounter;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.TextContent;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The testkit's sample documents as the normalizer publishes them (real text extraction,
 * sentences and chunks with the minilm tokenizer), for tests and the benchmark.
 */
public final class SampleCorpus {

  /** A sample and its normalized form. */
  public record Normalized(SampleDocument sample, NormalizedDocument document) {
  }

  private SampleCorpus() {}

  public static List<Normalized> normalizeAll() {
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      DocumentNormalizer normalizer = new DocumentNormalizer(tokens, "test");
      List<Normalized> out = new ArrayList<>();
      for (SampleDocument sample : SampleDocuments.all()) {
        Document document = Document.newBuilder().setId(sample.name()).setSource(sample.fileName())
            .setEventTime(Instant.EPOCH)
            .setContent(new BinaryContent(ByteBuffer.wrap(sample.bytes()), sample.contentType(), sample.fileName()))
            .build();
        out.add(new Normalized(sample, normalizer.normalize(document)));
      }
      return out;
    }
  }

  /** A plain-text document normalized like the samples. */
  public static NormalizedDocument normalizeText(String id, String text) {
    try (ModelTokenCounter tokens = ModelTokenCounter.of("minilm-l6-q")) {
      return new DocumentNormalizer(tokens, "test").normalize(Document.newBuilder().setId(id)
          .setEventTime(Instant.EPOCH).setContent(new TextContent(text)).build());
    }
  }
}
