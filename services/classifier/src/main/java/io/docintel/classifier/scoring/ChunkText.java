package io.docintel.classifier.scoring;

/** The text of one chunk of a normalized document and its token count from the normalizer. */
public record ChunkText(String text, int tokenCount) {
}
