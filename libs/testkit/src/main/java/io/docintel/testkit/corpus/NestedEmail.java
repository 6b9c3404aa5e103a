package io.docintel.testkit.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An RFC 822 e-mail whose attachments nest: a text file, a PDF, and a forwarded e-mail
 * ({@code message/rfc822}) that carries its own attachment and another forwarded e-mail, down to
 * a given depth.
 */
public final class NestedEmail {

  private NestedEmail() {}

  /** The e-mail; its top-level body contains {@code phrase}; {@code pdf} is attached at every level. */
  public static byte[] withAttachments(String phrase, byte[] pdf, int depth) {
    return message(phrase, pdf, depth, 0).getBytes(StandardCharsets.UTF_8);
  }

  private static String message(String body, byte[] pdf, int depth, int level) {
    String boundary = "docintel-corpus-boundary-" + level;
    StringBuilder mail = new StringBuilder()
        .append("From: Corpus Sender <sender@corpus.example>\r\n")
        .append("To: Corpus Receiver <receiver@corpus.example>\r\n")
        .append("Subject: Forwarded, level ").append(level).append("\r\n")
        .append("Date: Thu, 1 Jan 2026 09:00:00 +0000\r\n")
        .append("Message-ID: <level-").append(level).append("@corpus.example>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
        .append(body).append("\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Disposition: attachment; filename=\"notes-").append(level).append(".txt\"\r\n\r\n")
        .append("Notes attached at level ").append(level).append(".\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: application/pdf\r\n")
        .append("Content-Transfer-Encoding: base64\r\n")
        .append("Content-Disposition: attachment; filename=\"invoice-").append(level).append(".pdf\"\r\n\r\n")
        .append(Base64.getMimeEncoder().encodeToString(pdf)).append("\r\n\r\n");
    if (level + 1 < depth) {
      mail.append("--").append(boundary).append("\r\n")
          .append("Content-Type: message/rfc822\r\n")
          .append("Content-Disposition: attachment; filename=\"forwarded-").append(level + 1).append(".eml\"\r\n\r\n")
          .append(message("Forwarded message at level " + (level + 1) + ".", pdf, depth, level + 1)).append("\r\n");
    }
    return mail.append("--").append(boundary).append("--\r\n").toString();
  }
}
