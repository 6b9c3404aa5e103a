package io.docintel.cli.bench.e2e;

import io.docintel.cli.client.DocumentFiles;
import io.docintel.schemas.Document;
import io.docintel.testkit.SampleDocument;
import io.docintel.testkit.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The mixed-length corpus of the end-to-end benchmark: the sample documents the project ships
 * (PDF, HTML, e-mail, DOCX, text), then generated plain-text documents cycling through the given
 * lengths in chunks (e.g. 1, 4, 16, 64), until there are {@code count} documents.
 */
public record BenchCorpus(List<BenchFile> files) {

  /** One document's file name, bytes and the length class it was made for (0: a sample document). */
  public record BenchFile(String fileName, byte[] bytes, int targetChunks) {

    /** A document of this file under the given tenant, whose id differs per tenant. */
    public Document toDocument(String tenant) {
      return DocumentFiles.toDocument(tenant, fileName, bytes, Instant.now());
    }
  }

  public static BenchCorpus of(int count, List<Integer> chunkLengths, long seed) {
    if (count <= 0 || chunkLengths.isEmpty() || chunkLengths.stream().anyMatch(n -> n <= 0)) {
      throw new IllegalArgumentException("documents must be positive and lengths a list of positive chunk counts");
    }
    List<BenchFile> files = new ArrayList<>();
    for (SampleDocument sample : SampleDocuments.all()) {
      if (files.size() < count) {
        files.add(new BenchFile(sample.fileName(), sample.bytes(), 0));
      }
    }
    Random random = new Random(seed);
    for (int i = 0; files.size() < count; i++) {
      int chunks = chunkLengths.get(i % chunkLengths.size());
      String text = GeneratedText.of(random, chunks * GeneratedText.WORDS_PER_CHUNK);
      files.add(new BenchFile("generated-" + i + "-" + chunks + "-chunks.txt", text.getBytes(StandardCharsets.UTF_8),
          chunks));
    }
    return new BenchCorpus(List.copyOf(files));
  }

  /** Only the generated documents of one length, or the samples (0). */
  public BenchCorpus ofLength(int targetChunks) {
    return new BenchCorpus(files.stream().filter(f -> f.targetChunks() == targetChunks).toList());
  }

  public int size() {
    return files.size();
  }
}
