package io.docintel.normalizer;

import io.docintel.normalizer.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata from a file's bytes with Apache Tika's {@link AutoDetectParser}:
 * PDF, Office (DOCX…), HTML, e-mail (RFC 822 {@code .eml}: body text, subject as title) and
 * plain text in any charset. The content type and file name are hints; Tika detects the type
 * from the bytes.
 *
 * <p>Hostile input is bounded: at most {@link Limits#maxCharacters()} extracted characters, a
 * cooperative per-document deadline (see {@link BoundedContentHandler}), and Tika's own zip-bomb
 * guards (compression ratio, nesting depth) for archives and embedded documents. Plain text whose
 * content type declares a charset is decoded strictly in that charset, so bytes that contradict
 * the declaration are {@link Reason#UNDECODABLE} rather than silently mis-decoded.
 *
 * <p>Every failure is an {@link UnreadableDocumentException} whose message names the problem but
 * never quotes document text. Thread-safe: the parser is shared, each call has its own handler.
 */
public final class TextExtractor {

  /**
   * Limits on one extraction: extracted characters, wall-clock time, compression ratio of
   * archives, and how deeply embedded documents (attachments, zip entries) may nest.
   */
  public record Limits(long maxCharacters, Duration timeout, long maxCompressionRatio, int maxEmbeddingDepth) {

    public static final Limits DEFAULTS = new Limits(5_000_000, Duration.ofSeconds(30), 100, 5);

    public Limits {
      if (maxCharacters < 1 || maxCompressionRatio < 1 || maxEmbeddingDepth < 0) {
        throw new IllegalArgumentException("extraction limits must be positive: " + maxCharacters
            + " characters, ratio " + maxCompressionRatio + ", depth " + maxEmbeddingDepth);
      }
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
    }
  }

  /** Deepest XHTML element nesting Tika may emit before the parse is stopped. */
  static final int MAX_ELEMENT_DEPTH = 100;

  private final AutoDetectParser parser;
  private final Limits limits;

  public TextExtractor() {
    this(Limits.DEFAULTS);
  }

  public TextExtractor(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = new AutoDetectParser();
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumCompressionRatio(limits.maxCompressionRatio());
    // XHTML element nesting; real documents stay far below, crafted ones can nest without end.
    config.setMaximumDepth(MAX_ELEMENT_DEPTH);
    // Archives inside archives (zip in zip…), Tika's guard against recursive bombs.
    config.setMaximumPackageEntryDepth(limits.maxEmbeddingDepth());
    config.setThrowOnZeroBytes(true);
    parser.setAutoDetectParserConfig(config);
  }

  /**
   * Extracts the text of {@code data}.
   *
   * @param contentType the producer's media type, or null to detect it from the bytes
   * @param fileName the original file name, or null; a hint for type detection
   * @throws UnreadableDocumentException when no text can be extracted within the limits
   */
  public ExtractedText extract(byte[] data, String contentType, String fileName) {
    Objects.requireNonNull(data, "data");
    if (data.length == 0) {
      throw new UnreadableDocumentException(Reason.EMPTY, "the document has no bytes");
    }
    Optional<Charset> declared = declaredTextCharset(contentType);
    if (declared.isPresent()) {
      return decodeStrictly(data, declared.get());
    }
    return parse(data, contentType, fileName);
  }

  private ExtractedText parse(byte[] data, String contentType, String fileName) {
    Metadata metadata = new Metadata();
    if (contentType != null && !contentType.isBlank()) {
      metadata.set(Metadata.CONTENT_TYPE, contentType);
    }
    if (fileName != null && !fileName.isBlank()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    StringWriter text = new StringWriter();
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    BodyContentHandler handler = new BodyContentHandler(
        new BoundedContentHandler(new ToTextContentHandler(text), limits.maxCharacters(), deadline));
    try (TikaInputStream stream = TikaInputStream.get(data)) {
      parser.parse(stream, handler, metadata, new ParseContext());
    } catch (ZeroByteFileException e) {
      throw new UnreadableDocumentException(Reason.EMPTY, "the document has no bytes");
    } catch (EncryptedDocumentException e) {
      throw encrypted(detectedType(metadata));
    } catch (TikaMemoryLimitException e) {
      throw new UnreadableDocumentException(Reason.TOO_LARGE, "the document needs too much memory to parse");
    } catch (SAXException | TikaException | IOException | RuntimeException e) {
      throw failure(e, detectedType(metadata));
    } catch (StackOverflowError e) {
      throw new UnreadableDocumentException(Reason.EXTRACTION_FAILED,
          "the " + DocumentFormats.name(detectedType(metadata)) + " document nests too deeply to parse");
    }
    String detected = detectedType(metadata);
    MediaType detectedType = MediaType.parse(detected);
    boolean unknownFormat = detectedType == null || MediaType.OCTET_STREAM.equals(detectedType.getBaseType());
    if (unknownFormat && text.getBuffer().toString().isBlank()) {
      throw new UnreadableDocumentException(Reason.UNDECODABLE, "the bytes are not a known document format");
    }
    return new ExtractedText(text.toString(), detected,
        firstPresent(metadata, TikaCoreProperties.TITLE.getName(), TikaCoreProperties.SUBJECT.getName()),
        firstPresent(metadata, TikaCoreProperties.CREATOR.getName(), "Author", "Message-From"));
  }

  /**
   * Maps a parse failure to a reason. The parser's exception is not kept as the cause: parser
   * messages can quote the document, and causes end up in logs and dead-letter headers.
   */
  private static UnreadableDocumentException failure(Exception e, String detectedType) {
    String format = DocumentFormats.name(detectedType);
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BoundedContentHandler.LimitExceeded limit) {
        return new UnreadableDocumentException(limit.reason, limit.getMessage());
      }
      if (t instanceof EncryptedDocumentException) {
        return encrypted(detectedType);
      }
      // The guards below tell what they stopped only by their messages, which are fixed texts of
      // Tika, POI and the JDK; they are matched here and never passed on.
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("levels of xml element nesting")) {
        // Tika's SecureContentHandler says "Suspected zip bomb: N levels of XML element nesting".
        return new UnreadableDocumentException(Reason.TOO_LARGE,
            "the " + format + " document nests its elements deeper than " + MAX_ELEMENT_DEPTH + " levels");
      }
      if (message.contains("zip bomb") || message.contains("zip entry size is too large")) {
        // SecureContentHandler ("Suspected zip bomb"), POI's ZipSecureFile ("Zip bomb detected!"), or a
        // ZIP entry that claims more than POI will inflate.
        return new UnreadableDocumentException(Reason.TOO_LARGE,
            "decompression bomb: the " + format + " document inflates to far more than its size");
      }
      if (message.contains("maximum length for this record type")) {
        // POI refuses to allocate a part larger than its limit (100 MB), e.g. a ZIP entry claiming a gigabyte.
        return new UnreadableDocumentException(Reason.TOO_LARGE,
            "the " + format + " document holds a part too large to parse");
      }
      if (message.contains("entity expansions")) {
        // The JDK's XML parser: "JAXP00010001: The parser has encountered more than N entity expansions".
        return new UnreadableDocumentException(Reason.TOO_LARGE,
            "entity expansion bomb: the " + format + " document expands more XML entities than the parser allows");
      }
      root = t;
    }
    return new UnreadableDocumentException(Reason.EXTRACTION_FAILED, "Tika could not parse the " + format
        + " document (" + e.getClass().getSimpleName() + " caused by " + root.getClass().getName() + ")");
  }

  private static UnreadableDocumentException encrypted(String detectedType) {
    return new UnreadableDocumentException(Reason.ENCRYPTED,
        "encrypted " + DocumentFormats.name(detectedType) + ": it cannot be read without its password");
  }

  private ExtractedText decodeStrictly(byte[] data, Charset charset) {
    if (data.length > limits.maxCharacters() * 4) {
      throw new UnreadableDocumentException(Reason.TOO_LARGE,
          "extracted text exceeds " + limits.maxCharacters() + " characters");
    }
    String text;
    try {
      text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException(Reason.UNDECODABLE,
          "the bytes are not valid " + charset.name() + " as the content type declares");
    }
    if (text.length() > limits.maxCharacters()) {
      throw new UnreadableDocumentException(Reason.TOO_LARGE,
          "extracted text exceeds " + limits.maxCharacters() + " characters");
    }
    return new ExtractedText(text, "text/plain; charset=" + charset.name(), Optional.empty(), Optional.empty());
  }

  /** The charset of a {@code text/plain} content type that names one, if the JVM knows it. */
  private static Optional<Charset> declaredTextCharset(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !MediaType.TEXT_PLAIN.equals(type.getBaseType())) {
      return Optional.empty();
    }
    String charset = type.getParameters().get("charset");
    if (charset == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(charset.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String detectedType(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? MediaType.OCTET_STREAM.toString() : type;
  }

  private static Optional<String> firstPresent(Metadata metadata, String... names) {
    for (String name : names) {
      String value = metadata.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }
}
