package io.docintel.gateway.ingest;

import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.TextContent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A document as an HTTP client posted it, before the gateway gives it an id and a tenant.
 *
 * @param content {@link TextContent} or {@link BinaryContent}, as {@code Document.content} takes it
 * @param source where it came from, as the client says (a file name, a system)
 * @param metadata the client's free-form metadata
 * @param sizeBytes size of the text's UTF-8 bytes or of the file
 */
public record PostedDocument(Object content, String source, Map<String, String> metadata, long sizeBytes) {

  public PostedDocument {
    metadata = Map.copyOf(metadata);
  }

  /** Text posted as text. */
  public static PostedDocument text(String text, String source, Map<String, String> metadata) {
    return new PostedDocument(new TextContent(text), source, metadata, text.getBytes(StandardCharsets.UTF_8).length);
  }

  /** A file upload: its bytes, declared media type (null to detect) and file name (null if none). */
  public static PostedDocument file(byte[] data, String contentType, String fileName, String source,
      Map<String, String> metadata) {
    return new PostedDocument(new BinaryContent(ByteBuffer.wrap(data), contentType, fileName), source, metadata,
        data.length);
  }
}
