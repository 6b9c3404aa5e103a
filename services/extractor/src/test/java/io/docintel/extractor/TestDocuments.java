package io.docintel.extractor;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Normalized documents for unit tests, with the chunks a test chooses (no normalizer). */
final class TestDocuments {

  private TestDocuments() {}

  /** {@code text} as one document whose chunks are the given [start, end) pairs. */
  static NormalizedDocument withChunks(String id, String text, int[]... chunkSpans) {
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < chunkSpans.length; i++) {
      chunks.add(Chunk.newBuilder().setIndex(i).setSpan(new Span(chunkSpans[i][0], chunkSpans[i][1]))
          .setFirstSentence(0).setSentenceCount(1).setTokenCount(0).build());
    }
    return NormalizedDocument.newBuilder()
        .setId(id).setTenant("test").setSource("test").setEventTime(Instant.EPOCH)
        .setContentType("text/plain").setText(text).setLanguage("en").setLanguageConfidence(1)
        .setContentSha256("").setSentences(List.of()).setChunks(chunks).setTokenizer("none").setTokenCount(0)
        .setProvenance(Provenance.newBuilder().setService("test").setServiceVersion("test").setStartedAt(Instant.EPOCH)
            .setProcessingMillis(0).setChunksCovered(1).setChunksTotal(1).build())
        .build();
  }

  /** {@code text} as one document with no chunks (the extractor then treats it as one). */
  static NormalizedDocument unchunked(String id, String text) {
    return withChunks(id, text);
  }
}
