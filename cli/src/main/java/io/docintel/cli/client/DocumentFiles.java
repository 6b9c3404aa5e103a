package io.docintel.cli.client;

import io.docintel.schemas.BinaryContent;
import io.docintel.schemas.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns files on disk into {@link Document}s: one per file, folders walked, ids from content. */
public final class DocumentFiles {

  private DocumentFiles() {}

  /** Every regular file under the given files and folders, in a stable order. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("no such file or folder: " + path);
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * The document for one file's bytes. The id is derived from the tenant and the bytes, so posting
   * the same file twice names the same document; the content type is left to the normalizer's
   * detection, helped by the file name.
   */
  public static Document toDocument(String tenant, String fileName, byte[] bytes, Instant now) {
    return Document.newBuilder()
        .setId(contentId(tenant, bytes))
        .setTenant(tenant)
        .setSource(fileName)
        .setContent(BinaryContent.newBuilder()
            .setData(ByteBuffer.wrap(bytes))
            .setFileName(fileName)
            .setContentType(null)
            .build())
        .setMetadata(Map.of("fileName", fileName))
        .setEventTime(now)
        .build();
  }

  static String contentId(String tenant, byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(tenant.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
