package io.docintel.normalizer;

import io.docintel.inference.tokenize.TokenCount;
import io.docintel.normalizer.UnreadableDocumentException.Reason;
import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import io.docintel.schemas.NormalizedDocument;
import io.docintel.schemas.Provenance;
import io.docintel.schemas.TextContent;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a posted {@link Document} into a {@link NormalizedDocument}: text posted as text is
 * taken as is, file bytes go through {@link TextExtractor}; then the text is cleaned
 * ({@link TextCleaner}), its language detected, split into sentences, grouped into token-bounded
 * chunks ({@link Chunker}) and hashed ({@link ContentHash}). The revision and producer metadata
 * are carried over, plus {@code title} and {@code author} when extraction found them and the
 * producer did not set them.
 *
 * <p>Pure: no Kafka, no I/O beyond loading its models once in the constructor (language
 * profiles, sentence model, Tika's parsers; a second or two). Thread-safe if the
 * {@link TokenCounter} is; the caller owns the counter and closes it, if it needs closing.
 */
public final class DocumentNormalizer {

  /** The service name written into provenance. */
  public static final String SERVICE = "normalizer";
  /** Content type recorded for documents posted as text. */
  public static final String TEXT_CONTENT_TYPE = "text/plain";

  private static final Logger log = LoggerFactory.getLogger(DocumentNormalizer.class);

  private final TokenCounter tokenCounter;
  private final String serviceVersion;
  private final NormalizerLimits limits;
  private final Clock clock;
  private final TextExtractor extractor;
  private final TextCleaner cleaner = new TextCleaner();
  private final LanguageDetector languageDetector = new LanguageDetector();
  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final Chunker chunker;

  /** A normalizer with {@link NormalizerLimits#DEFAULTS}. */
  public DocumentNormalizer(TokenCounter tokenCounter, String serviceVersion) {
    this(tokenCounter, serviceVersion, NormalizerLimits.DEFAULTS);
  }

  public DocumentNormalizer(TokenCounter tokenCounter, String serviceVersion, NormalizerLimits limits) {
    this(tokenCounter, serviceVersion, limits, Clock.systemUTC());
  }

  /** As above, with the clock that stamps {@code provenance.startedAt} (tests pass a fixed one). */
  public DocumentNormalizer(TokenCounter tokenCounter, String serviceVersion, NormalizerLimits limits, Clock clock) {
    this.tokenCounter = Objects.requireNonNull(tokenCounter, "tokenCounter");
    this.serviceVersion = Objects.requireNonNull(serviceVersion, "serviceVersion");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.extractor = new TextExtractor(limits.extraction());
    this.chunker = new Chunker(tokenCounter, limits.chunkTokens(), limits.chunkOverlapSentences());
  }

  /**
   * Normalizes one document.
   *
   * @throws UnreadableDocumentException when the document is too large, empty, undecodable,
   *     encrypted, or its extraction fails or times out
   */
  public NormalizedDocument normalize(Document document) {
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long startNanos = System.nanoTime();
    ExtractedText extracted = extract(document.getId(), document.getContent());
    String text = cleaner.clean(extracted.text());
    if (text.isEmpty()) {
      throw new UnreadableDocumentException(Reason.EMPTY, "the document has no text");
    }
    LanguageDetector.Detection language = languageDetector.detect(text);
    TokenLayout layout = tokenCounter.layout(text);
    Chunker.Chunking chunking = chunker.chunk(text, sentenceSplitter.split(text, language.language()), layout);
    int chunkCount = chunking.chunks().size();
    TokenCount tokens = layout.total();
    long processingMillis = (System.nanoTime() - startNanos) / 1_000_000;
    log.debug("normalized document {}: {} characters, language {}, {} chunks in {} ms",
        document.getId(), text.length(), language.language(), chunkCount, processingMillis);
    return NormalizedDocument.newBuilder()
        .setId(document.getId())
        .setRevision(document.getRevision())
        .setTenant(document.getTenant())
        .setSource(document.getSource())
        .setMetadata(metadata(document.getMetadata(), extracted))
        .setEventTime(document.getEventTime())
        .setContentType(extracted.contentType())
        .setText(text)
        .setLanguage(language.language())
        .setLanguageConfidence(language.confidence())
        .setContentSha256(ContentHash.sha256Hex(text))
        .setSentences(chunking.sentences())
        .setChunks(chunking.chunks())
        .setTokenizer(tokenCounter.name())
        .setTokenCount(tokens.tokens())
        .setUnknownTokenCount(tokens.unknown())
        .setProvenance(Provenance.newBuilder()
            .setService(SERVICE)
            .setServiceVersion(serviceVersion)
            .setModel(null)
            .setStartedAt(startedAt)
            .setProcessingMillis(processingMillis)
            .setInferenceMillis(0)
            .setChunksCovered(chunkCount)
            .setChunksTotal(chunkCount)
            .build())
        .build();
  }

  private ExtractedText extract(String id, Object content) {
    if (content instanceof TextContent posted) {
      long bytes = utf8Length(posted.getText());
      if (bytes > limits.maxDocumentBytes()) {
        throw tooLarge(bytes);
      }
      return new ExtractedText(posted.getText(), TEXT_CONTENT_TYPE, Optional.empty(), Optional.empty());
    }
    if (content instanceof BinaryContent file) {
      ByteBuffer data = file.getData();
      if (data.remaining() > limits.maxDocumentBytes()) {
        throw tooLarge(data.remaining());
      }
      byte[] bytes = new byte[data.remaining()];
      data.duplicate().get(bytes);
      return extractor.extract(bytes, file.getContentType(), file.getFileName());
    }
    throw new IllegalArgumentException("document " + id + " has content of unknown type "
        + (content == null ? "null" : content.getClass().getName()));
  }

  private UnreadableDocumentException tooLarge(long bytes) {
    return new UnreadableDocumentException(Reason.TOO_LARGE, "document too large: " + ByteCount.format(bytes)
        + " > " + ByteCount.format(limits.maxDocumentBytes()) + " limit (" + bytes + " bytes)");
  }

  private static Map<String, String> metadata(Map<String, String> posted, ExtractedText extracted) {
    Map<String, String> metadata = new HashMap<>(posted);
    extracted.title().ifPresent(title -> metadata.putIfAbsent("title", title));
    extracted.author().ifPresent(author -> metadata.putIfAbsent("author", author));
    return metadata;
  }

  /** UTF-8 size of {@code text} without encoding it; unpaired surrogates count as the 3-byte replacement. */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
