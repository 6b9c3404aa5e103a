package io.docintel.summarizer;

import io.docintel.schemas.Chunk;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made normalized documents: sentences joined by spaces, chunks of a fixed sentence count. */
public final class TestDocuments {

  private TestDocuments() {}

  /** A document of {@code sentences}, in chunks of {@code perChunk} sentences overlapping by {@code overlap}. */
  public static NormalizedDocument of(String id, List<String> sentences, int perChunk, int overlap) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (String sentence : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      spans.add(new Span(text.length(), text.length() + sentence.length()));
      text.append(sentence);
    }
    List<Chunk> chunks = new ArrayList<>();
    for (int first = 0; first < spans.size(); first = Math.max(first + 1, first + perChunk - overlap)) {
      int end = Math.min(spans.size(), first + perChunk);
      chunks.add(new Chunk(chunks.size(), new Span(spans.get(first).getStart(), spans.get(end - 1).getEnd()),
          first, end - first, 10 * (end - first)));
      if (end == spans.size()) {
        break;
      }
    }
    return NormalizedDocument.newBuilder()
        .setId(id).setTenant("tenant-a").setSource("test").setMetadata(Map.of()).setEventTime(Instant.EPOCH)
        .setContentType("text/plain").setText(text.toString()).setLanguage("en").setLanguageConfidence(1.0)
        .setContentSha256("0".repeat(64)).setSentences(spans).setChunks(chunks).setTokenizer("test")
        .setTokenCount(10 * spans.size())
        .setProvenance(Provenance.newBuilder().setService("normalizer").setServiceVersion("test")
            .setModel(null).setStartedAt(Instant.EPOCH).setProcessingMillis(0).setInferenceMillis(0)
            .setChunksCovered(chunks.size()).setChunksTotal(chunks.size()).build())
        .build();
  }
}
