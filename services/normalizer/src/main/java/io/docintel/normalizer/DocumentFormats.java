package io.docintel.normalizer;

import java.util.Map;
import org.apache.tika.mime.MediaType;

/** Short names of the formats people know by name (PDF, DOCX, HTML…), for rejection messages. */
final class DocumentFormats {

  private static final Map<String, String> NAMES = Map.of(
      "application/pdf", "PDF",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
      "application/msword", "DOC",
      "text/html", "HTML",
      "application/xhtml+xml", "XHTML",
      "application/xml", "XML",
      "message/rfc822", "e-mail",
      "application/zip", "ZIP",
      "application/gzip", "gzip",
      "text/plain", "text");

  private DocumentFormats() {}

  /** {@code PDF} for {@code application/pdf}; the bare media type for formats without a short name. */
  static String name(String mediaType) {
    MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
    if (type == null) {
      return "unknown-format";
    }
    String base = type.getBaseType().toString();
    return NAMES.getOrDefault(base, base);
  }
}
